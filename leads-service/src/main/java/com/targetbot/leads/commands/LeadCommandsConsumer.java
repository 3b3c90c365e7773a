package com.targetbot.leads.commands;

import com.targetbot.events.Event;
import com.targetbot.events.Topics;
import com.targetbot.events.leads.CreateLead;
import com.targetbot.events.leads.DeleteLead;
import com.targetbot.events.leads.LeadCommand;
import com.targetbot.events.leads.LeadDeleted;
import com.targetbot.events.leads.LeadEvent;
import com.targetbot.events.leads.LeadStatus;
import com.targetbot.events.leads.LeadStatusChanged;
import com.targetbot.events.leads.LeadUpdated;
import com.targetbot.events.leads.UpdateLead;
import com.targetbot.kit.kafka.EventPublisher;
import com.targetbot.kit.kafka.RejectedEventException;
import com.targetbot.leads.projects.ProjectDirectory;
import com.targetbot.leads.store.Lead;
import com.targetbot.leads.store.LeadQueries;
import com.targetbot.leads.store.LeadWrites;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Turns lead commands into stored state and events. The offset is committed after the listener returns.
 * A new lead is stored first and announced after (its creation time is chosen at storing); an update or an
 * erase is announced first and applied after through {@link LeadWrites#apply}, the same code the rebuild
 * replays, so Redis never holds a change that the topic does not.
 */
@Component
class LeadCommandsConsumer {

    private static final Logger log = LoggerFactory.getLogger(LeadCommandsConsumer.class);

    private final LeadWrites leads;
    private final LeadQueries queries;
    private final EventPublisher publisher;
    private final Clock clock;
    private final CommandsProperties properties;
    private final ProjectDirectory projects;

    LeadCommandsConsumer(
            LeadWrites leads,
            LeadQueries queries,
            EventPublisher publisher,
            Clock clock,
            CommandsProperties properties,
            ProjectDirectory projects) {
        this.projects = projects;
        this.leads = leads;
        this.queries = queries;
        this.publisher = publisher;
        this.clock = clock;
        this.properties = properties;
    }

    // Idempotent: by lead id, as each command's handler below says. The group keeps the bare service name
    // its offsets were committed under: a new group would replay the commands (re-creating erased leads).
    @KafkaListener(topics = Topics.LEADS_COMMANDS_NAME, groupId = "${spring.application.name}")
    void on(LeadCommand command) {
        switch (command) {
            case CreateLead create -> on(create);
            case UpdateLead update -> on(update);
            case DeleteLead delete -> on(delete);
        }
    }

    // Idempotent by construction: the lead id is the natural key, so a redelivered command is neither stored
    // nor counted again, and LeadCreated is repeated only if the first delivery died before the broker's ack.
    private void on(CreateLead command) {
        CreateLeadValidation.check(command);
        Instant now = now();
        Lead lead = Lead.accepted(command, now).inProject(projects.projectOf(command));
        LeadWrites.Insertion insertion = leads.insertMarkingDuplicates(lead);
        switch (insertion.outcome()) {
            case INSERTED -> {
                Lead stored = lead.stored(insertion.duplicateOf(), insertion.number());
                log.info(
                        "Stored lead {} (№{}) from {}{}",
                        lead.id(),
                        stored.number(),
                        lead.source(),
                        stored.duplicateOf() == null ? "" : " (duplicate)");
                announce(stored);
            }
            case STORED_UNANNOUNCED -> {
                Lead stored = queries.find(lead.id())
                        .orElseThrow(() -> new IllegalStateException("lead " + lead.id() + " vanished"));
                log.info("Lead {} was stored before its announcement failed; announcing it now", lead.id());
                announce(stored);
            }
            case STORED_ANNOUNCED -> log.debug("Lead {} already stored and announced; duplicate ignored", lead.id());
        }
    }

    // A redelivered update finds the change applied and announces nothing; one that died between the ack and
    // applying it announces the same change again, which the projection applies once.
    private void on(UpdateLead command) {
        Lead lead = existing(command.leadId());
        Instant now = now();
        var events = new ArrayList<LeadEvent>();
        LeadStatus status = command.status();
        if (status != null && status != lead.status()) {
            events.add(new LeadStatusChanged(
                    lead.id(), lead.status(), status, command.requestedBy(), now, lead.name(), lead.createdBy()));
        }
        String assignee = changed(command.assignee(), lead.assignee());
        String comment = changed(command.comment(), lead.comment());
        if (assignee != null || comment != null) {
            events.add(new LeadUpdated(lead.id(), assignee, comment, now, command.requestedBy()));
        }
        if (events.isEmpty()) {
            log.debug("Update of lead {} changes nothing", lead.id());
            return;
        }
        events.forEach(event -> publish(event, lead.id()));
        events.forEach(leads::apply);
        log.info("Updated lead {}", lead.id());
    }

    // Erasing an erased lead is a no-op, so a redelivery is harmless.
    private void on(DeleteLead command) {
        if (queries.find(command.leadId()).isEmpty()) {
            log.debug("Lead {} is already gone", command.leadId());
            return;
        }
        var event = new LeadDeleted(command.leadId(), now(), command.requestedBy());
        publish(event, command.leadId());
        leads.apply(event);
        log.info("Erased lead {} at the request of {}", command.leadId(), command.requestedBy());
    }

    private Lead existing(String leadId) {
        return queries.find(leadId).orElseThrow(() -> new RejectedEventException("no lead with id " + leadId));
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    private static <T> @Nullable T changed(@Nullable T requested, @Nullable T current) {
        return requested == null || Objects.equals(requested, current) ? null : requested;
    }

    private void announce(Lead lead) {
        var event = lead.created();
        publish(event, lead.id());
        leads.markAnnounced(lead.id(), clock.instant());
    }

    private void publish(Event event, String leadId) {
        try {
            publisher.publish(event).get(properties.publishTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AnnouncementFailedException(leadId, e);
        } catch (ExecutionException | TimeoutException e) {
            throw new AnnouncementFailedException(leadId, e);
        }
    }
}
