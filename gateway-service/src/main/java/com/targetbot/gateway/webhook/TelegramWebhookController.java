package com.targetbot.gateway.webhook;

import com.targetbot.gateway.web.CommandPublisher;
import com.targetbot.gateway.web.JsonBodies;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Receives Telegram updates. Telegram retries until it gets a 2xx, so the answer waits for Kafka's
 * acknowledgement: a 200 means the update is durable, anything else means Telegram will send it again.
 */
@RestController
class TelegramWebhookController {

    static final String SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token";

    private final TelegramWebhookProperties properties;
    private final JsonBodies bodies;
    private final CommandPublisher publisher;
    private final byte[] expectedSecret;

    TelegramWebhookController(TelegramWebhookProperties properties, JsonBodies bodies, CommandPublisher publisher) {
        this.properties = properties;
        this.bodies = bodies;
        this.publisher = publisher;
        this.expectedSecret = properties.webhookSecret().getBytes(StandardCharsets.UTF_8);
    }

    @PostMapping("/telegram/webhook")
    Mono<Map<String, Object>> receive(
            @RequestHeader(name = SECRET_HEADER, required = false) @Nullable String secret,
            ServerWebExchange exchange) {
        if (secret == null) {
            return Mono.error(rejected(HttpStatus.UNAUTHORIZED, "Missing " + SECRET_HEADER));
        }
        // Constant time, so the response time says nothing about how much of a guess was right.
        if (!MessageDigest.isEqual(secret.getBytes(StandardCharsets.UTF_8), expectedSecret)) {
            return Mono.error(rejected(HttpStatus.FORBIDDEN, "Wrong " + SECRET_HEADER));
        }
        return bodies.readObject(exchange, properties.maxBody())
                .map(TelegramUpdates::toEvent)
                .flatMap(publisher::publish)
                .thenReturn(Map.of());
    }

    private static ErrorResponseException rejected(HttpStatus status, String detail) {
        var error = new ErrorResponseException(status);
        error.setDetail(detail);
        return error;
    }
}
