package com.targetbot.meta.projects;

import com.targetbot.events.projects.AcknowledgeAlert;
import com.targetbot.events.projects.BindProjectChat;
import com.targetbot.events.projects.ChatRole;
import com.targetbot.events.projects.Project;
import com.targetbot.events.projects.ProjectChanged;
import com.targetbot.events.projects.ProjectChat;
import com.targetbot.events.projects.ProjectClaims;
import com.targetbot.events.projects.ProjectCommand;
import com.targetbot.events.projects.ProjectDeleted;
import com.targetbot.events.projects.ProjectEvent;
import com.targetbot.events.projects.UnbindProjectChat;
import com.targetbot.kit.agency.AgencyProperties;
import com.targetbot.kit.kafka.EventPublisher;
import com.targetbot.kit.web.FieldError;
import com.targetbot.kit.web.FieldErrorCode;
import com.targetbot.kit.web.NotFoundException;
import com.targetbot.meta.lease.Leases;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.web.server.ResponseStatusException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every change of a project: checked (who may, what is valid, what another project claims), published on
 * {@code projects.events} and, once Kafka has it, applied to the {@link ProjectStore}. Changes take one lease across
 * replicas, so two writers never check against the same stale state nor give out one version twice; they are few
 * (people editing clients), so one lease for all projects costs nothing.
 */
@Service
public class ProjectChanges {

    private static final Logger log = LoggerFactory.getLogger(ProjectChanges.class);
    private static final String LEASE = "projects";
    private static final Duration LEASE_TTL = Duration.ofSeconds(30);
    private static final Duration LEASE_WAIT = Duration.ofSeconds(5);
    private static final Duration PUBLISH_TIMEOUT = Duration.ofSeconds(10);

    private final ProjectStore store;
    private final EventPublisher publisher;
    private final Leases leases;
    private final JsonMapper json;
    private final AgencyProperties agency;
    private final Clock clock;

    ProjectChanges(
            ProjectStore store,
            EventPublisher publisher,
            Leases leases,
            JsonMapper json,
            AgencyProperties agency,
            Optional<Clock> clock) {
        this.store = store;
        this.publisher = publisher;
        this.leases = leases;
        this.json = json;
        this.agency = agency;
        this.clock = clock.orElseGet(Clock::systemUTC);
    }

    ProjectRecord create(JsonNode body, Caller caller) {
        if (!caller.isAdmin()) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "Only admins create projects");
        }
        Project project = ProjectDraft.read(UUID.randomUUID().toString(), body, agency.zone());
        return underLease(() -> save(project, 1, caller));
    }

    ProjectRecord change(String projectId, JsonNode patch, Caller caller) {
        return underLease(() -> {
            ProjectRecord current = visible(projectId, caller);
            if (!caller.mayChange(current)) {
                throw new ResponseStatusException(HttpStatus.FORBIDDEN, "Your role may not change projects");
            }
            JsonNode written = json.valueToTree(current.project());
            ((tools.jackson.databind.node.ObjectNode) written).remove("id");
            Project changed = ProjectDraft.read(projectId, ProjectDraft.merge(written, patch), agency.zone());
            if (!caller.isAdmin()
                    && !Objects.equals(changed.manager(), current.project().manager())) {
                throw new ProjectConflictException(
                        "Only admins hand a project to another manager",
                        List.of(new FieldError("manager", FieldErrorCode.NOT_ALLOWED, "only admins change it")));
            }
            return changed.equals(current.project()) ? current : save(changed, current.version() + 1, caller);
        });
    }

    void delete(String projectId, Caller caller) {
        underLease(() -> {
            ProjectRecord current = visible(projectId, caller);
            if (!caller.isAdmin()) {
                throw new ResponseStatusException(HttpStatus.FORBIDDEN, "Only admins delete projects");
            }
            publishAndApply(new ProjectDeleted(projectId, current.version() + 1, clock.instant(), caller.changedBy()));
            log.info(
                    "Project {} ({}) deleted by {}",
                    projectId,
                    current.project().name(),
                    caller.changedBy());
            return current;
        });
    }

    /** The bot's binding commands; a command about a project that is gone, or that changes nothing, is dropped. */
    void apply(ProjectCommand command) {
        underLease(() -> {
            switch (command) {
                case BindProjectChat bind -> bind(bind);
                case UnbindProjectChat unbind -> unbind(unbind);
                // Alerts are the alerts desk's (AlertCommands).
                case AcknowledgeAlert acknowledge -> {}
            }
            return null;
        });
    }

    /** A record of {@code projects.events}: another replica's change, or a replay that rebuilds the store. */
    void replay(ProjectEvent event) {
        underLease(() -> store.apply(event));
    }

    /** The project, if the caller may see it; otherwise it does not exist for them. */
    public ProjectRecord visible(String projectId, Caller caller) {
        return store.find(projectId)
                .filter(caller::maySee)
                .orElseThrow(() -> new NotFoundException("No project " + projectId));
    }

    private void bind(BindProjectChat command) {
        Optional<ProjectRecord> target = store.find(command.projectId());
        if (target.isEmpty()) {
            log.info("Chat {} not bound: project {} is gone", command.chat().chatId(), command.projectId());
            return;
        }
        Caller bot = Caller.of(command.requestedBy(), null);
        // A group is one project's client chat (or agency chat): binding it here moves it from any other project.
        for (ProjectRecord other : store.all()) {
            if (!other.id().equals(command.projectId())
                    && isChat(
                            chat(other.project(), command.role()),
                            command.chat().chatId())) {
                save(withChat(other.project(), command.role(), null), other.version() + 1, bot);
            }
        }
        ProjectRecord current = target.get();
        Project bound = withChat(current.project(), command.role(), command.chat());
        if (!bound.equals(current.project())) {
            save(bound, current.version() + 1, bot);
        }
    }

    private void unbind(UnbindProjectChat command) {
        store.find(command.projectId()).ifPresent(current -> {
            Project project = current.project();
            for (ChatRole role : ChatRole.values()) {
                if (isChat(chat(project, role), command.chatId())) {
                    project = withChat(project, role, null);
                }
            }
            if (!project.equals(current.project())) {
                save(project, current.version() + 1, Caller.of(command.requestedBy(), null));
            }
        });
    }

    private ProjectRecord save(Project project, long version, Caller caller) {
        refuseClaimedElsewhere(project);
        ProjectChanged changed = new ProjectChanged(project, version, clock.instant(), caller.changedBy());
        publishAndApply(changed);
        return ProjectRecord.of(changed);
    }

    private void refuseClaimedElsewhere(Project project) {
        Map<String, String> claimed = store.claimedBy(ProjectClaims.of(project));
        List<FieldError> errors = new ArrayList<>();
        addConflicts(errors, "adAccountIds", project.adAccountIds(), ProjectClaims::account, claimed, project.id());
        addConflicts(errors, "campaignIds", project.campaignIds(), ProjectClaims::campaign, claimed, project.id());
        addConflicts(errors, "formIds", project.formIds(), ProjectClaims::form, claimed, project.id());
        addConflicts(errors, "apiKeyPrefixes", project.apiKeyPrefixes(), ProjectClaims::apiKey, claimed, project.id());
        if (!errors.isEmpty()) {
            throw new ProjectConflictException("Another project already has some of these", errors);
        }
    }

    private void addConflicts(
            List<FieldError> errors,
            String field,
            List<String> ids,
            Function<String, String> claim,
            Map<String, String> claimed,
            String projectId) {
        for (int i = 0; i < ids.size(); i++) {
            String owner = claimed.get(claim.apply(ids.get(i)));
            if (owner != null && !owner.equals(projectId)) {
                String ownerName =
                        store.find(owner).map(record -> record.project().name()).orElse(owner);
                errors.add(new FieldError(
                        field + "[" + i + "]",
                        FieldErrorCode.CONFLICT,
                        ids.get(i) + " already belongs to the project " + ownerName));
            }
        }
    }

    private void publishAndApply(ProjectEvent event) {
        try {
            publisher.publish(event).get(PUBLISH_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw new ResponseStatusException(
                    HttpStatus.SERVICE_UNAVAILABLE, "Kafka did not take the change; nothing was changed, try again", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while publishing a project change", e);
        }
        store.apply(event);
    }

    private <T> T underLease(Supplier<T> change) {
        long deadline = System.nanoTime() + LEASE_WAIT.toNanos();
        while (true) {
            Optional<Leases.Lease> lease = leases.tryLock(LEASE, LEASE_TTL);
            if (lease.isPresent()) {
                try (Leases.Lease held = lease.get()) {
                    return change.get();
                }
            }
            if (System.nanoTime() > deadline) {
                throw new ResponseStatusException(
                        HttpStatus.SERVICE_UNAVAILABLE, "Another change of projects is under way; try again");
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for the projects' lease", e);
            }
        }
    }

    private static @Nullable ProjectChat chat(Project project, ChatRole role) {
        return role == ChatRole.CLIENT ? project.clientChat() : project.agencyChat();
    }

    private static boolean isChat(@Nullable ProjectChat chat, long chatId) {
        return chat != null && chat.chatId() == chatId;
    }

    private static Project withChat(Project project, ChatRole role, @Nullable ProjectChat chat) {
        return new Project(
                project.id(),
                project.name(),
                project.manager(),
                project.adAccountIds(),
                project.campaignIds(),
                project.formIds(),
                project.apiKeyPrefixes(),
                role == ChatRole.CLIENT ? chat : project.clientChat(),
                role == ChatRole.AGENCY ? chat : project.agencyChat(),
                project.timeZone(),
                project.currency(),
                project.kpi(),
                project.alerts());
    }
}
