package com.targetbot.leads.commands;

import com.targetbot.events.Envelope;
import com.targetbot.events.leads.CreateLead;
import com.targetbot.events.leads.LeadCommand;
import com.targetbot.events.leads.LeadCreated;
import com.targetbot.events.leads.LeadStatus;
import com.targetbot.kit.kafka.EventPublisher;
import com.targetbot.kit.kafka.RejectedEventException;
import com.targetbot.leads.store.Lead;
import com.targetbot.leads.store.LeadRepository;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Turns lead commands into stored leads and {@code LeadCreated} events. The offset is committed after the
 * listener returns, i.e. after the lead is stored and its announcement acknowledged.
 */
@Component
class LeadCommandsConsumer {

    private static final Logger log = LoggerFactory.getLogger(LeadCommandsConsumer.class);

    private final LeadRepository leads;
    private final EventPublisher publisher;
    private final Clock clock;
    private final CommandsProperties properties;

    LeadCommandsConsumer(LeadRepository leads, EventPublisher publisher, Clock clock, CommandsProperties properties) {
        this.leads = leads;
        this.publisher = publisher;
        this.clock = clock;
        this.properties = properties;
    }

    @KafkaListener(topics = "leads.commands", groupId = "leads-service")
    void on(Envelope<?> envelope) {
        if (!(envelope.data() instanceof LeadCommand command)) {
            throw new RejectedEventException(envelope.type() + " does not belong on leads.commands");
        }
        switch (command) {
            case CreateLead create -> on(create);
        }
    }

    // Idempotent by construction: the lead id is the natural key, so a redelivered command is neither stored
    // nor counted again, and LeadCreated is repeated only if the first delivery died before the broker's ack.
    void on(CreateLead command) {
        CreateLeadValidation.check(command);
        Lead lead = new Lead(
                command.leadId(),
                command.name(),
                command.phone(),
                command.email(),
                command.comment(),
                command.source(),
                LeadStatus.NEW,
                clock.instant().truncatedTo(ChronoUnit.MILLIS),
                command.requestedBy());
        switch (leads.insert(lead)) {
            case INSERTED -> {
                log.info("Stored lead {} from {}", lead.id(), lead.source());
                announce(lead);
            }
            case STORED_UNANNOUNCED -> {
                Lead stored = leads.find(lead.id())
                        .orElseThrow(() -> new IllegalStateException("lead " + lead.id() + " vanished"));
                log.info("Lead {} was stored before its announcement failed; announcing it now", lead.id());
                announce(stored);
            }
            case STORED_ANNOUNCED -> log.debug("Lead {} already stored and announced; duplicate ignored", lead.id());
        }
    }

    private void announce(Lead lead) {
        var event = new LeadCreated(
                lead.id(),
                lead.name(),
                lead.phone(),
                lead.email(),
                lead.comment(),
                lead.source(),
                lead.status(),
                lead.createdAt(),
                lead.createdBy());
        try {
            publisher.publish(event).get(properties.publishTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AnnouncementFailedException(lead.id(), e);
        } catch (ExecutionException | TimeoutException e) {
            throw new AnnouncementFailedException(lead.id(), e);
        }
        leads.markAnnounced(lead.id(), clock.instant());
    }
}
