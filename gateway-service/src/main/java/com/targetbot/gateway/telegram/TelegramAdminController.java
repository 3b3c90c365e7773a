package com.targetbot.gateway.telegram;

import com.targetbot.events.telegram.ChangeBotUser;
import com.targetbot.events.telegram.CreateInvite;
import com.targetbot.events.telegram.RevokeInvite;
import com.targetbot.events.telegram.TelegramAdminCommand;
import com.targetbot.gateway.web.Accepted;
import com.targetbot.gateway.web.CommandPublisher;
import com.targetbot.gateway.web.IdGenerator;
import com.targetbot.gateway.web.JsonBodies;
import com.targetbot.gateway.web.Requester;
import com.targetbot.kit.web.FieldError;
import com.targetbot.kit.web.FieldErrorCode;
import com.targetbot.kit.web.InvalidRequestException;
import java.net.URI;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;

/**
 * {@code PATCH /api/telegram/users/{id}} {@code {"role"?, "active"?}}, {@code POST /api/telegram/invites}
 * {@code {"role", "ttlHours"?}} and {@code DELETE /api/telegram/invites/{id}}: validated here, published as
 * {@code ChangeBotUser}, {@code CreateInvite} and {@code RevokeInvite}, answered 202. The change shows in the
 * routed reads once telegram-service has applied it.
 */
@RestController
class TelegramAdminController {

    private static final DataSize BODY_LIMIT = DataSize.ofKilobytes(4);
    private static final Set<String> USER_FIELDS = Set.of("role", "active");
    private static final Set<String> INVITE_FIELDS = Set.of("role", "ttlHours");
    // As telegram-service's /invite: a week unless asked otherwise, at most 30 days.
    private static final long DEFAULT_TTL_HOURS = 168;
    private static final long MAX_TTL_HOURS = 720;
    private static final Pattern INVITE_ID = Pattern.compile("[A-Za-z0-9-]{1,64}");
    // 256 random bits: 43 URL-safe characters, inside the 64 of a Telegram /start payload.
    private static final int TOKEN_BYTES = 32;

    /** The 202 answer to an invite: its link, which holds the token, is in this answer only. */
    record IssuedInvite(String id, String status, String role, String link, Instant expiresAt, String createdBy) {}

    private final JsonBodies bodies;
    private final CommandPublisher publisher;
    private final IdGenerator ids;
    private final BotLinks links;
    private final SecureRandom random = new SecureRandom();

    TelegramAdminController(JsonBodies bodies, CommandPublisher publisher, IdGenerator ids, BotLinks links) {
        this.bodies = bodies;
        this.publisher = publisher;
        this.ids = ids;
        this.links = links;
    }

    @PatchMapping("/api/telegram/users/{id}")
    Mono<ResponseEntity<Accepted>> change(
            @PathVariable String id, @AuthenticationPrincipal Requester requester, ServerWebExchange exchange) {
        return bodies.readObject(exchange, BODY_LIMIT).flatMap(body -> {
            List<FieldError> errors = new ArrayList<>();
            Long userId = userId(id, errors);
            unknownFields(body, USER_FIELDS, errors);
            String role = body.has("role") ? role(body.get("role"), errors) : null;
            JsonNode active = body.get("active");
            if (active != null && !active.isBoolean()) {
                errors.add(new FieldError("active", FieldErrorCode.INVALID_FORMAT, "must be true or false"));
            }
            if (!errors.isEmpty() || userId == null) {
                throw new InvalidRequestException(errors);
            }
            var command = new ChangeBotUser(
                    userId, role, active == null ? null : active.asBoolean(), requester.requesterId(), Instant.now());
            return accepted(command, id, URI.create("/api/telegram/users"));
        });
    }

    @PostMapping("/api/telegram/invites")
    Mono<ResponseEntity<IssuedInvite>> create(
            @AuthenticationPrincipal Requester requester, ServerWebExchange exchange) {
        return bodies.readObject(exchange, BODY_LIMIT).flatMap(body -> {
            List<FieldError> errors = new ArrayList<>();
            unknownFields(body, INVITE_FIELDS, errors);
            String role = role(body.path("role"), errors);
            JsonNode ttl = body.get("ttlHours");
            if (ttl != null && (!ttl.isIntegralNumber() || ttl.asLong() < 1 || ttl.asLong() > MAX_TTL_HOURS)) {
                errors.add(new FieldError(
                        "ttlHours",
                        FieldErrorCode.OUT_OF_RANGE,
                        "must be a whole number of hours from 1 to " + MAX_TTL_HOURS));
            }
            if (!errors.isEmpty() || role == null) {
                throw new InvalidRequestException(errors);
            }
            String token = newToken();
            Instant now = Instant.now();
            var command = new CreateInvite(
                    ids.newId(),
                    role,
                    CreateInvite.tokenHash(token),
                    now.plus(Duration.ofHours(ttl == null ? DEFAULT_TTL_HOURS : ttl.asLong())),
                    requester.requesterId(),
                    now);
            // The link first: when the bot cannot be named, nothing is published.
            return links.link(token)
                    .flatMap(link -> publisher
                            .publish(command)
                            .thenReturn(ResponseEntity.accepted()
                                    .location(URI.create("/api/telegram/invites"))
                                    .body(new IssuedInvite(
                                            command.inviteId(),
                                            Accepted.of(command.inviteId()).status(),
                                            role,
                                            link,
                                            command.expiresAt(),
                                            command.requestedBy()))));
        });
    }

    @DeleteMapping("/api/telegram/invites/{id}")
    Mono<ResponseEntity<Accepted>> revoke(@PathVariable String id, @AuthenticationPrincipal Requester requester) {
        if (!INVITE_ID.matcher(id).matches()) {
            throw new InvalidRequestException(
                    List.of(new FieldError("id", FieldErrorCode.INVALID_FORMAT, "must be an invite id")));
        }
        return accepted(
                new RevokeInvite(id, requester.requesterId(), Instant.now()), id, URI.create("/api/telegram/invites"));
    }

    private Mono<ResponseEntity<Accepted>> accepted(TelegramAdminCommand command, String id, URI location) {
        return publisher
                .publish(command)
                .thenReturn(ResponseEntity.accepted().location(location).body(Accepted.of(id)));
    }

    private static @Nullable Long userId(String id, List<FieldError> errors) {
        try {
            return Long.parseLong(id);
        } catch (NumberFormatException e) {
            errors.add(new FieldError("id", FieldErrorCode.INVALID_FORMAT, "must be a Telegram user id"));
            return null;
        }
    }

    private static void unknownFields(JsonNode body, Set<String> known, List<FieldError> errors) {
        body.propertyNames().stream()
                .filter(name -> !known.contains(name))
                .forEach(name -> errors.add(new FieldError(
                        name, FieldErrorCode.UNKNOWN_FIELD, "is not a field that can be set here " + known)));
    }

    private static @Nullable String role(JsonNode role, List<FieldError> errors) {
        if (role.isString() && TelegramAdminCommand.ROLES.contains(role.stringValue())) {
            return role.stringValue();
        }
        errors.add(new FieldError("role", FieldErrorCode.NOT_ALLOWED, "must be one of " + TelegramAdminCommand.ROLES));
        return null;
    }

    private String newToken() {
        byte[] bytes = new byte[TOKEN_BYTES];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
