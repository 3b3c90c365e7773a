package com.targetbot.gateway;

import static com.targetbot.gateway.Browser.assertThatProblem;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import tools.jackson.databind.JsonNode;

class TelegramWebhookIT extends GatewayIntegration {

    @Test
    void acceptedUpdateIsOnTheTopicKeyedByItsChatWhenTheAnswerArrives() {
        long chatId = uniqueId();
        long updateId = uniqueId();

        client.post()
                .uri("/telegram/webhook")
                .header(SECRET_HEADER, WEBHOOK_SECRET)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(update(updateId, chatId))
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .json("{}");

        assertThat(published("telegram.updates", Long.toString(chatId)))
                .singleElement()
                .satisfies(record -> {
                    assertThat(record.key()).isEqualTo(Long.toString(chatId));
                    JsonNode data = JSON.readTree(record.value());
                    assertThat(data.path("updateId").longValue()).isEqualTo(updateId);
                    assertThat(data.path("chatId").longValue()).isEqualTo(chatId);
                    assertThat(data.path("update").path("message").path("text").stringValue())
                            .isEqualTo("/start");
                });
    }

    @Test
    void updateWithoutTheSecretIsUnauthorizedAndNotPublished() {
        long chatId = uniqueId();

        client.post()
                .uri("/telegram/webhook")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(update(uniqueId(), chatId))
                .exchange()
                .expectStatus()
                .isUnauthorized()
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON);

        assertThat(onTopicWithKey("telegram.updates", chatId)).isEmpty();
    }

    @Test
    void updateWithAWrongSecretIsForbiddenAndNotPublished() {
        long chatId = uniqueId();

        client.post()
                .uri("/telegram/webhook")
                .header(SECRET_HEADER, "not-the-secret")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(update(uniqueId(), chatId))
                .exchange()
                .expectStatus()
                .isForbidden()
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON);

        assertThat(onTopicWithKey("telegram.updates", chatId)).isEmpty();
    }

    @Test
    void malformedUpdateIsABadRequestNamingTheFieldAndNotPublished() {
        long chatId = uniqueId();
        String withoutIntegerId = "{\"update_id\":\"abc\",\"message\":{\"chat\":{\"id\":" + chatId + "}}}";

        assertThatProblem(client.post()
                        .uri("/telegram/webhook")
                        .header(SECRET_HEADER, WEBHOOK_SECRET)
                        .contentType(MediaType.APPLICATION_JSON)
                        .bodyValue(withoutIntegerId)
                        .exchange()
                        .expectBody()
                        .returnResult())
                .hasStatus(400)
                .hasFieldError("update_id", "invalid_format");
        client.post()
                .uri("/telegram/webhook")
                .header(SECRET_HEADER, WEBHOOK_SECRET)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"update_id\": " + chatId + ", broken")
                .exchange()
                .expectStatus()
                .isBadRequest();

        assertThat(onTopicWithKey("telegram.updates", chatId)).isEmpty();
    }

    @Test
    void updateOverOneMebibyteIsRefusedAsTooLarge() {
        String padding = "x".repeat(1024 * 1024);

        client.post()
                .uri("/telegram/webhook")
                .header(SECRET_HEADER, WEBHOOK_SECRET)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"update_id\":1,\"padding\":\"" + padding + "\"}")
                .exchange()
                .expectStatus()
                .isEqualTo(HttpStatus.CONTENT_TOO_LARGE);
    }
}
