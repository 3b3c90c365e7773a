package com.targetbot.telegram.adminapi;

import com.targetbot.kit.web.FieldErrorCode;
import com.targetbot.kit.web.NotFoundException;
import com.targetbot.telegram.invites.BotUnknownException;
import com.targetbot.telegram.invites.Invite;
import com.targetbot.telegram.invites.Invites;
import com.targetbot.telegram.users.BotRole;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/** Invites for the admin panel: create one (its link is shown only in this answer), list and revoke them. */
@RestController
@RequestMapping("/telegram/invites")
class InvitesController {

    static final String PRINCIPAL = "X-TargetBot-Principal";
    private static final Set<String> FIELDS = Set.of("role", "ttlHours");

    record InviteView(String id, String role, Instant expiresAt, String createdBy) {

        static InviteView of(Invite invite) {
            return new InviteView(invite.id(), invite.role().value(), invite.expiresAt(), invite.createdBy());
        }
    }

    record IssuedView(String id, String role, String link, Instant expiresAt, String createdBy) {}

    record InviteList(List<InviteView> items) {}

    private final Invites invites;

    InvitesController(Invites invites) {
        this.invites = invites;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    IssuedView create(@RequestHeader(PRINCIPAL) String principal, @RequestBody JsonNode body) {
        BadRequest.reject("body", FieldErrorCode.INVALID_FORMAT, "must be a JSON object", !body.isObject());
        var bad = new BadRequest();
        body.propertyNames().stream()
                .filter(name -> !FIELDS.contains(name))
                .forEach(name ->
                        bad.reject(name, FieldErrorCode.UNKNOWN_FIELD, "is not a field of an invite (role, ttlHours)"));
        JsonNode roleNode = body.get("role");
        BotRole role = roleNode != null && roleNode.isString()
                ? BotRole.fromValue(roleNode.asString()).orElse(null)
                : null;
        if (role == null) {
            bad.reject("role", FieldErrorCode.NOT_ALLOWED, "must be one of client, manager, admin");
        }
        long maxHours = invites.maxTtl().toHours();
        JsonNode ttlNode = body.get("ttlHours");
        if (ttlNode != null && (!ttlNode.isIntegralNumber() || ttlNode.asLong() < 1 || ttlNode.asLong() > maxHours)) {
            bad.reject(
                    "ttlHours", FieldErrorCode.OUT_OF_RANGE, "must be a whole number of hours from 1 to " + maxHours);
        }
        bad.throwIfAny();
        var issued = invites.create(role, ttlNode == null ? null : Duration.ofHours(ttlNode.asLong()), principal);
        Invite invite = issued.invite();
        return new IssuedView(
                invite.id(), invite.role().value(), issued.link(), invite.expiresAt(), invite.createdBy());
    }

    @GetMapping
    InviteList outstanding() {
        return new InviteList(invites.outstanding().stream().map(InviteView::of).toList());
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void revoke(@PathVariable String id) {
        if (!invites.revoke(id)) {
            throw new NotFoundException("No outstanding invite " + id);
        }
    }

    @ExceptionHandler(BotUnknownException.class)
    ProblemDetail botUnknown(BotUnknownException exception) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, exception.getMessage());
    }
}
