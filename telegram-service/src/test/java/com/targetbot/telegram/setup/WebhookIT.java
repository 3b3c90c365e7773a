package com.targetbot.telegram.setup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.targetbot.telegram.SandboxTelegram;
import com.targetbot.telegram.SandboxTestInfrastructure;
import com.targetbot.telegram.ServiceStubs;
import com.targetbot.testkit.KafkaTestSettings;
import com.targetbot.testkit.SandboxFixture;
import com.targetbot.testkit.TestInfrastructure;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;

/**
 * Start-up with Telegram: the command menu per language, and in webhook mode with a public URL the webhook,
 * repaired when it drifted. A context of its own, closed afterwards, since it changes the sandbox's webhook.
 */
@SpringBootTest(
        properties = {
            "targetbot.telegram.bot.webhook-secret=s3cret-Token_1",
            "targetbot.telegram.bot.max-connections=12"
        })
@KafkaTestSettings
@Import({TestInfrastructure.class, SandboxTestInfrastructure.class})
@DirtiesContext
class WebhookIT {

    static final String WEBHOOK = "/telegram/webhook";

    @Autowired
    WebhookKeeper keeper;

    @Autowired
    SandboxTelegram sandbox;

    @DynamicPropertySource
    static void webhookUrl(DynamicPropertyRegistry registry) {
        registry.add("targetbot.telegram.bot.webhook-url", () -> ServiceStubs.baseUrl() + WEBHOOK);
    }

    @BeforeAll
    static void gatewayAnswers() {
        ServiceStubs.answer(WEBHOOK, "{}");
    }

    @AfterAll
    static void deleteWebhook() {
        botApi("deleteWebhook", Map.of());
    }

    @Test
    void webhookIsSetAtStartUpWithTheSecretTheUpdateKindsAndTheConnectionLimit() {
        await().untilAsserted(() -> {
            JsonNode info = botApi("getWebhookInfo", Map.of()).get("result");
            assertThat(info.get("url").asString()).isEqualTo(ServiceStubs.baseUrl() + WEBHOOK);
            assertThat(info.get("max_connections").asInt()).isEqualTo(12);
            assertThat(info.get("allowed_updates").valueStream().map(JsonNode::asString))
                    .containsExactly("message", "edited_message", "callback_query", "my_chat_member");
        });

        sandbox.play(424242, "Anna", "en", "/start");

        await().untilAsserted(() -> assertThat(ServiceStubs.lastHeaders(WEBHOOK))
                .containsEntry("X-telegram-bot-api-secret-token", List.of("s3cret-Token_1")));
    }

    @Test
    void webhookThatDriftedIsSetAgainByTheNextCheck() throws Exception {
        await().until(() ->
                botApi("getWebhookInfo", Map.of()).at("/result/url").asString().endsWith(WEBHOOK));
        botApi("setWebhook", Map.of("url", "https://elsewhere.example/hook"));

        assertThat(keeper.check()).isTrue();
        assertThat(botApi("getWebhookInfo", Map.of()).at("/result/url").asString())
                .isEqualTo(ServiceStubs.baseUrl() + WEBHOOK);
        assertThat(keeper.check()).isFalse();
    }

    @Test
    void commandMenuIsSetInRussianAndEnglish() {
        await().untilAsserted(() -> {
            JsonNode russian =
                    botApi("getMyCommands", Map.of("language_code", "ru")).at("/result/0");
            assertThat(russian.get("command").asString()).isEqualTo("lead");
            assertThat(russian.get("description").asString()).isEqualTo("Оставить заявку");
            assertThat(botApi("getMyCommands", Map.of("language_code", "en"))
                            .at("/result/0/description")
                            .asString())
                    .isEqualTo("Submit a lead");
            assertThat(botApi("getMyCommands", Map.of()).at("/result").size()).isEqualTo(10);
        });
    }

    private static JsonNode botApi(String method, Map<String, Object> parameters) {
        return RestClient.create()
                .post()
                .uri(SandboxFixture.baseUrl() + "/bot100000001:sandbox-bot-token/" + method)
                .contentType(MediaType.APPLICATION_JSON)
                .body(parameters)
                .retrieve()
                .body(JsonNode.class);
    }
}
