package com.targetbot.meta.alerts;

import com.targetbot.events.projects.AlertRaised;
import com.targetbot.meta.projects.Caller;
import com.targetbot.meta.projects.ProjectChanges;
import com.targetbot.meta.projects.ProjectRecord;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** A project's alert feed and acknowledging from the admin UI, for whoever may see (and change) the project. */
@RestController
class AlertController {

    private static final int FEED = 50;

    private final ProjectChanges projects;
    private final AlertDesk desk;

    AlertController(ProjectChanges projects, AlertDesk desk) {
        this.projects = projects;
        this.desk = desk;
    }

    /** The latest alerts, newest first, each with who acknowledged it ({@code null} while nobody has). */
    @GetMapping("/projects/{id}/alerts")
    List<FeedEntry> feed(
            @PathVariable String id,
            @RequestHeader(name = Caller.PRINCIPAL_HEADER, required = false) @Nullable String principal,
            @RequestHeader(name = Caller.ROLE_HEADER, required = false) @Nullable String role) {
        ProjectRecord project = projects.visible(id, Caller.of(principal, role));
        return desk.feed(project.id(), FEED).stream()
                .map(alert -> new FeedEntry(alert, desk.acknowledgement(alert.alertId())))
                .toList();
    }

    @PostMapping("/projects/{id}/alerts/{alertId}/acknowledge")
    ResponseEntity<Void> acknowledge(
            @PathVariable String id,
            @PathVariable String alertId,
            @RequestHeader(name = Caller.PRINCIPAL_HEADER, required = false) @Nullable String principal,
            @RequestHeader(name = Caller.ROLE_HEADER, required = false) @Nullable String role) {
        Caller caller = Caller.of(principal, role);
        ProjectRecord project = projects.visible(id, caller);
        if (!caller.mayChange(project)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "Your role may not acknowledge alerts");
        }
        if (!desk.acknowledge(project.id(), alertId, caller.changedBy())) {
            throw new ResponseStatusException(
                    HttpStatus.CONFLICT, "Alert " + alertId + " is unknown, acknowledged or escalated already");
        }
        return ResponseEntity.noContent().build();
    }

    /** An alert as the feed shows it. */
    record FeedEntry(AlertRaised alert, @Nullable String acknowledged) {}
}
