package com.targetbot.gateway.leads;

import com.targetbot.events.leads.CreateLead;
import com.targetbot.events.leads.DeleteLead;
import com.targetbot.events.leads.LeadSource;
import com.targetbot.events.leads.PhoneNumbers;
import com.targetbot.events.leads.UpdateLead;
import com.targetbot.gateway.auth.AdminPrincipal;
import com.targetbot.gateway.web.Accepted;
import com.targetbot.gateway.web.CommandPublisher;
import com.targetbot.gateway.web.IdGenerator;
import com.targetbot.gateway.web.JsonBodies;
import com.targetbot.gateway.web.Requester;
import com.targetbot.kit.web.FieldError;
import com.targetbot.kit.web.FieldErrorCode;
import com.targetbot.kit.web.InvalidRequestException;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Lead writes: {@code POST /api/leads} (a validated lead becomes {@code CreateLead}, optionally once per
 * {@code Idempotency-Key}), {@code PATCH /api/leads/{id}} ({@code UpdateLead}) and {@code DELETE
 * /api/leads/{id}} ({@code DeleteLead}); each answers 202 once Kafka has the command. Whether the lead exists
 * is leads-service's to decide: a command about an unknown lead is dead-lettered there.
 */
@RestController
class LeadController {

    /** The authorities that may write leads: the same as the security chain requires for {@code POST}. */
    private static final Pattern LEAD_ID = Pattern.compile("[A-Za-z0-9-]{1,64}");

    private final JsonBodies bodies;
    private final CommandPublisher publisher;
    private final IdGenerator ids;
    private final LeadsProperties properties;
    private final LeadValidator validator;
    private final IdempotencyKeys idempotencyKeys;

    LeadController(
            JsonBodies bodies,
            CommandPublisher publisher,
            IdGenerator ids,
            LeadsProperties properties,
            IdempotencyKeys idempotencyKeys,
            PhoneNumbers phones) {
        this.bodies = bodies;
        this.publisher = publisher;
        this.ids = ids;
        this.properties = properties;
        this.idempotencyKeys = idempotencyKeys;
        this.validator = new LeadValidator(phones);
    }

    @PostMapping("/api/leads")
    Mono<ResponseEntity<Accepted>> create(
            @AuthenticationPrincipal Requester requester,
            @RequestHeader(name = IdempotencyKeys.HEADER, required = false) @Nullable String idempotencyKey,
            ServerWebExchange exchange) {
        return bodies.readObject(exchange, properties.maxBody())
                .map(validator::validate)
                .flatMap(lead -> {
                    String leadId = ids.newId();
                    var command = new CreateLead(
                            leadId,
                            lead.contact(),
                            lead.comment(),
                            // Typed in by a person at the admin UI, or sent by an integration with a key.
                            requester instanceof AdminPrincipal ? LeadSource.MANUAL : LeadSource.API,
                            lead.attribution(),
                            Instant.now(),
                            requester.requesterId());
                    if (idempotencyKey == null) {
                        return publisher.publish(command).thenReturn(accepted(leadId));
                    }
                    String owner = requester.requesterId();
                    return idempotencyKeys
                            .claim(owner, idempotencyKey, leadId, lead)
                            .map(LeadController::accepted)
                            .switchIfEmpty(Mono.defer(() -> publisher
                                    .publish(command)
                                    .onErrorResume(failure -> idempotencyKeys
                                            .release(owner, idempotencyKey)
                                            .then(Mono.error(failure)))
                                    .thenReturn(accepted(leadId))));
                });
    }

    @PatchMapping("/api/leads/{id}")
    Mono<ResponseEntity<Accepted>> update(
            @PathVariable String id, @AuthenticationPrincipal Requester requester, ServerWebExchange exchange) {
        return bodies.readObject(exchange, properties.maxBody())
                .map(LeadChangeValidator::validate)
                .flatMap(change -> publisher
                        .publish(new UpdateLead(
                                leadId(id),
                                change.status(),
                                change.assignee(),
                                change.comment(),
                                Instant.now(),
                                requester.requesterId()))
                        .thenReturn(accepted(id)));
    }

    @DeleteMapping("/api/leads/{id}")
    Mono<ResponseEntity<Accepted>> delete(@PathVariable String id, @AuthenticationPrincipal Requester requester) {
        return Mono.fromCallable(() -> new DeleteLead(leadId(id), Instant.now(), requester.requesterId()))
                .flatMap(command -> publisher.publish(command).thenReturn(accepted(id)));
    }

    private static ResponseEntity<Accepted> accepted(String leadId) {
        return ResponseEntity.accepted()
                .location(URI.create("/api/leads/" + leadId))
                .body(Accepted.of(leadId));
    }

    private static String leadId(String id) {
        if (!LEAD_ID.matcher(id).matches()) {
            throw new InvalidRequestException(
                    List.of(new FieldError("id", FieldErrorCode.INVALID_FORMAT, "is not a lead id")));
        }
        return id;
    }
}
