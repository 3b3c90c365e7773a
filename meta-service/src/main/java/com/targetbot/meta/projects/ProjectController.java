package com.targetbot.meta.projects;

import com.targetbot.meta.stats.PeriodStats;
import java.net.URI;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/**
 * Projects over HTTP, routed by the gateway from {@code /api/projects}: admins create, change and delete every
 * project; a manager reads and changes the projects they run, and no other exists for them; viewers read.
 * {@code PATCH} is a JSON merge patch (RFC 7396). Other services (the bot) read without a principal.
 */
@RestController
class ProjectController {

    private final ProjectStore store;
    private final ProjectChanges changes;
    private final ProjectFigures figures;
    private final PeriodStats stats;

    ProjectController(ProjectStore store, ProjectChanges changes, ProjectFigures figures, PeriodStats stats) {
        this.store = store;
        this.changes = changes;
        this.figures = figures;
        this.stats = stats;
    }

    @GetMapping("/projects")
    List<ProjectRecord> list(
            @RequestHeader(name = Caller.PRINCIPAL_HEADER, required = false) @Nullable String principal,
            @RequestHeader(name = Caller.ROLE_HEADER, required = false) @Nullable String role) {
        Caller caller = Caller.of(principal, role);
        if (caller.isManager()) {
            String login = caller.login();
            return login == null ? List.of() : store.managedBy(login);
        }
        return store.all().stream().filter(caller::maySee).toList();
    }

    @GetMapping("/projects/{id}")
    ProjectRecord get(
            @PathVariable String id,
            @RequestHeader(name = Caller.PRINCIPAL_HEADER, required = false) @Nullable String principal,
            @RequestHeader(name = Caller.ROLE_HEADER, required = false) @Nullable String role) {
        return changes.visible(id, Caller.of(principal, role));
    }

    @PostMapping("/projects")
    ResponseEntity<ProjectRecord> create(
            @RequestBody JsonNode body,
            @RequestHeader(name = Caller.PRINCIPAL_HEADER, required = false) @Nullable String principal,
            @RequestHeader(name = Caller.ROLE_HEADER, required = false) @Nullable String role) {
        ProjectRecord created = changes.create(body, Caller.of(principal, role));
        return ResponseEntity.created(URI.create("/api/projects/" + created.id()))
                .body(created);
    }

    @PatchMapping(
            path = "/projects/{id}",
            consumes = {"application/merge-patch+json", "application/json"})
    ProjectRecord change(
            @PathVariable String id,
            @RequestBody JsonNode patch,
            @RequestHeader(name = Caller.PRINCIPAL_HEADER, required = false) @Nullable String principal,
            @RequestHeader(name = Caller.ROLE_HEADER, required = false) @Nullable String role) {
        return changes.change(id, patch, Caller.of(principal, role));
    }

    @DeleteMapping("/projects/{id}")
    ResponseEntity<Void> delete(
            @PathVariable String id,
            @RequestHeader(name = Caller.PRINCIPAL_HEADER, required = false) @Nullable String principal,
            @RequestHeader(name = Caller.ROLE_HEADER, required = false) @Nullable String role) {
        changes.delete(id, Caller.of(principal, role));
        return ResponseEntity.noContent().build();
    }

    /** {@code from}, {@code to}: dates, at most the statistics' longest period apart. */
    @GetMapping("/projects/{id}/stats")
    ProjectFigures.Figures figures(
            @PathVariable String id,
            @RequestParam(required = false) @Nullable String from,
            @RequestParam(required = false) @Nullable String to,
            @RequestHeader(name = Caller.PRINCIPAL_HEADER, required = false) @Nullable String principal,
            @RequestHeader(name = Caller.ROLE_HEADER, required = false) @Nullable String role) {
        PeriodStats.Query period = stats.validate(from, to, null, null, null);
        return figures.of(changes.visible(id, Caller.of(principal, role)), period.from(), period.to());
    }
}
