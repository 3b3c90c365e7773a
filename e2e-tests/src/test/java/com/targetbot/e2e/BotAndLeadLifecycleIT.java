package com.targetbot.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.targetbot.stack.LocalStack;
import com.targetbot.stack.Secrets;
import com.targetbot.testkit.TelegramUpdateJson;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Flows that cross telegram-service, leads-service and the gateway: a lead from the bot, a lead's lifecycle. */
class BotAndLeadLifecycleIT {

    private static LocalStack stack;
    private static Http gateway;
    private static Http sandbox;
    private static Map<String, String> key;

    @BeforeAll
    static void startTheWholeSystem() {
        stack = E2eStack.get();
        gateway = new Http(stack.config().url("gateway-service"));
        sandbox = new Http(stack.config().url("sandbox"));
        key = Map.of("X-Auth-Key", stack.secrets().get(Secrets.BOOTSTRAP_API_KEY));
    }

    @Test
    void leadSentToTheBotInOneLineIsStoredAndConfirmedWithItsNumber() {
        long userId = ThreadLocalRandom.current().nextLong(100_000_000, 900_000_000);
        String phone = "+7916" + ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999);
        String update = TelegramUpdateJson.message(ThreadLocalRandom.current().nextLong(1_000_000, 9_000_000))
                .from(userId, "Ольга", "ru")
                .text("/lead Пётр | " + phone + " | перезвонить вечером")
                .toJson();

        var accepted = gateway.post(
                "/telegram/webhook",
                update,
                Map.of("X-Telegram-Bot-Api-Secret-Token", stack.secrets().get(Secrets.WEBHOOK_SECRET)));

        assertThat(accepted.statusCode()).isEqualTo(200);
        JsonNode lead =
                await().atMost(Duration.ofSeconds(60)).until(() -> leadWithPhone(phone), found -> found != null);
        assertThat(lead.get("name").asString()).isEqualTo("Пётр");
        assertThat(lead.get("source").asString()).isEqualTo("telegram");
        assertThat(lead.get("createdBy").asString()).isEqualTo("telegram:" + userId);
        await().atMost(Duration.ofSeconds(60))
                .untilAsserted(() -> assertThat(sentTo(userId))
                        .anySatisfy(
                                text -> assertThat(text).startsWith("Заявка №").contains("сохранена")));
    }

    @Test
    void leadIsUpdatedThenErasedThroughTheGateway() {
        String email = "lifecycle-" + UUID.randomUUID() + "@example.ru";
        var created = gateway.post("/api/leads", Http.toJson(Map.of("name", "Жизненный цикл", "email", email)), key);
        String location = created.headers().firstValue("Location").orElseThrow();
        await().atMost(Duration.ofSeconds(60))
                .until(() -> gateway.get(location, key).statusCode() == 200);

        var changed = gateway.patch(location, "{\"status\":\"won\",\"comment\":\"договор подписан\"}", key);
        var forbidden = gateway.patch(location, "{\"id\":\"mine-now\"}", key);

        assertThat(changed.statusCode()).isEqualTo(202);
        assertThat(forbidden.statusCode()).isEqualTo(400);
        assertThat(Http.json(forbidden).get("errors").toString()).contains("id");
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            JsonNode lead = Http.json(gateway.get(location, key));
            assertThat(lead.get("status").asString()).isEqualTo("won");
            assertThat(lead.get("history").toString()).contains("won");
        });

        var erased = gateway.delete(location, key);

        assertThat(erased.statusCode()).isEqualTo(202);
        await().atMost(Duration.ofSeconds(60))
                .until(() -> gateway.get(location, key).statusCode() == 404);
        assertThat(Http.json(gateway.get("/api/leads?email=" + email, key)).get("items"))
                .isEmpty();
    }

    private static JsonNode leadWithPhone(String phone) {
        var response = gateway.get("/api/leads?phone=" + phone.replace("+", "%2B"), key);
        if (response.statusCode() != 200) {
            return null;
        }
        JsonNode items = Http.json(response).get("items");
        return items.isEmpty() ? null : items.get(0);
    }

    private static List<String> sentTo(long chatId) {
        return Http.json(sandbox.get("/sandbox/telegram/messages?chatId=" + chatId, Map.of()))
                .valueStream()
                .map(message -> message.get("text").asString())
                .toList();
    }
}
