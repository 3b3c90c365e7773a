package com.targetbot.sandbox.telegram;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/** Posts updates to the bot's webhook the way Telegram does: JSON body, secret token header, 2xx means taken. */
@Component
class WebhookClient implements AutoCloseable {

    static final String SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token";

    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    Attempt post(WebhookRegistration webhook, JsonNode update) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(webhook.url()))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(update.toString()));
        if (webhook.secretToken() != null) {
            request.header(SECRET_HEADER, webhook.secretToken());
        }
        try {
            int status = http.send(request.build(), HttpResponse.BodyHandlers.discarding())
                    .statusCode();
            return status / 100 == 2
                    ? new Attempt(status, null)
                    : new Attempt(status, "Wrong response from the webhook: " + status);
        } catch (IOException e) {
            return new Attempt(null, "Connection failed: " + e.getClass().getSimpleName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Attempt(null, "Delivery interrupted");
        }
    }

    @Override
    public void close() {
        http.close();
    }

    /** One delivery attempt: the webhook's HTTP status when it answered, the error Telegram would report if any. */
    record Attempt(@Nullable Integer status, @Nullable String error) {

        boolean delivered() {
            return error == null;
        }
    }
}
