package com.targetbot.gateway.leads;

import com.targetbot.events.leads.CreateLead;
import com.targetbot.events.leads.LeadSource;
import com.targetbot.gateway.web.Accepted;
import com.targetbot.gateway.web.CommandPublisher;
import com.targetbot.gateway.web.IdGenerator;
import com.targetbot.gateway.web.JsonBodies;
import com.targetbot.gateway.web.Requester;
import java.net.URI;
import java.time.Instant;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/** {@code POST /api/leads}: a validated lead becomes a {@code CreateLead} command; 202 once Kafka has it. */
@RestController
class LeadController {

    private final JsonBodies bodies;
    private final CommandPublisher publisher;
    private final IdGenerator ids;
    private final LeadsProperties properties;
    private final LeadValidator validator;

    LeadController(JsonBodies bodies, CommandPublisher publisher, IdGenerator ids, LeadsProperties properties) {
        this.bodies = bodies;
        this.publisher = publisher;
        this.ids = ids;
        this.properties = properties;
        this.validator = new LeadValidator(new PhoneNumbers(properties.defaultRegion()));
    }

    @PostMapping("/api/leads")
    Mono<ResponseEntity<Accepted>> create(@AuthenticationPrincipal Requester requester, ServerWebExchange exchange) {
        return bodies.readObject(exchange, properties.maxBody())
                .map(validator::validate)
                .flatMap(lead -> {
                    String leadId = ids.newId();
                    var command = new CreateLead(
                            leadId,
                            lead.name(),
                            lead.phone(),
                            lead.email(),
                            lead.comment(),
                            LeadSource.API,
                            Instant.now(),
                            requester.requesterId());
                    return publisher
                            .publish(command)
                            .thenReturn(ResponseEntity.accepted()
                                    .location(URI.create("/api/leads/" + leadId))
                                    .body(Accepted.of(leadId)));
                });
    }
}
