package com.targetbot.gateway.metawebhook;

import com.targetbot.gateway.web.CommandPublisher;
import com.targetbot.gateway.web.JsonBodies;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Receives Meta's webhook notifications. Nothing of the body is read before its signature is checked; Meta
 * retries until it gets a 200, so the answer waits for Kafka's acknowledgement of every change in the batch.
 */
@RestController
class MetaWebhookController {

    static final String PATH = "/webhooks/meta";
    static final String SIGNATURE_HEADER = "X-Hub-Signature-256";

    private final MetaWebhookProperties properties;
    private final JsonBodies bodies;
    private final CommandPublisher publisher;
    private final MetaSignature signature;
    private final byte[] verifyToken;
    private final Clock clock;

    MetaWebhookController(MetaWebhookProperties properties, JsonBodies bodies, CommandPublisher publisher) {
        this.properties = properties;
        this.bodies = bodies;
        this.publisher = publisher;
        this.signature = new MetaSignature(properties.appSecret());
        this.verifyToken = properties.verifyToken().getBytes(StandardCharsets.UTF_8);
        this.clock = Clock.systemUTC();
    }

    /** Meta's subscription check: echo {@code hub.challenge} when the verify token is ours. */
    @GetMapping(path = PATH, produces = MediaType.TEXT_PLAIN_VALUE)
    Mono<String> verify(
            @RequestParam(name = "hub.mode", required = false) @Nullable String mode,
            @RequestParam(name = "hub.verify_token", required = false) @Nullable String token,
            @RequestParam(name = "hub.challenge", required = false) @Nullable String challenge) {
        boolean tokenMatches =
                token != null && MessageDigest.isEqual(token.getBytes(StandardCharsets.UTF_8), verifyToken);
        if (!"subscribe".equals(mode) || !tokenMatches || challenge == null) {
            return Mono.error(rejected(HttpStatus.FORBIDDEN, "Not a subscription request with our verify token"));
        }
        return Mono.just(challenge);
    }

    @PostMapping(PATH)
    Mono<Map<String, Object>> receive(
            @RequestHeader(name = SIGNATURE_HEADER, required = false) @Nullable String signed,
            ServerWebExchange exchange) {
        if (signed == null) {
            return Mono.error(rejected(HttpStatus.UNAUTHORIZED, "Missing " + SIGNATURE_HEADER));
        }
        return bodies.readBytes(exchange, properties.maxBody()).flatMap(raw -> {
            if (!signature.matches(signed, raw)) {
                return Mono.error(rejected(
                        HttpStatus.FORBIDDEN, SIGNATURE_HEADER + " does not sign this body with the app secret"));
            }
            var events = MetaNotifications.leadgenChanges(bodies.parseObject(raw), clock.instant());
            return Flux.fromIterable(events).concatMap(publisher::publish).then(Mono.just(Map.<String, Object>of()));
        });
    }

    private static ErrorResponseException rejected(HttpStatus status, String detail) {
        var error = new ErrorResponseException(status);
        error.setDetail(detail);
        return error;
    }
}
