package com.targetbot.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.targetbot.stack.LocalStack;
import com.targetbot.stack.Secrets;
import com.targetbot.testkit.TopicContents;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Lead Ads through the whole system: a person submits a form in the sandbox's Meta, which signs and sends the
 * notification to the gateway like Meta; meta-service reads the lead and leads-service stores it.
 */
class MetaLeadAdsIT {

    private static LocalStack stack;
    private static Http gateway;
    private static Http sandbox;
    private static String apiKey;

    @BeforeAll
    static void startTheWholeSystem() {
        stack = E2eStack.get();
        gateway = new Http(stack.config().url("gateway-service"));
        sandbox = new Http(stack.config().url("sandbox"));
        apiKey = stack.secrets().get(Secrets.BOOTSTRAP_API_KEY);
    }

    @Test
    void leadSubmittedInTheSandboxArrivesAsASignedNotificationAndIsListedAsAMetaLead() {
        String name = "MetaLead-" + UUID.randomUUID();

        JsonNode submitted = submit(name);

        // 200 from the gateway: the signature held and the notification is on Kafka.
        assertThat(submitted.at("/webhook/outcome").asString()).isEqualTo("delivered");
        JsonNode lead = awaitLead(name);
        assertThat(lead.path("source").asString()).isEqualTo("meta_leadgen");
        assertThat(lead.path("phone").asString()).isEqualTo("+79991234567");
        assertThat(lead.path("metaCampaignId").asString()).isEqualTo("120210000000000101");
        assertThat(lead.path("metaAdId").asString()).isEqualTo("120230000000000101");
        assertThat(lead.path("metaFormId").asString()).isEqualTo("3000001");
        assertThat(lead.path("metaCampaignName").asString()).isEqualTo("Стоматология «Улыбка» — Имплантация #1");
        assertThat(lead.path("metaAdName").asString()).isEqualTo("Имплантация — видео");
        assertThat(lead.path("comment").asString()).isEqualTo("preferred_time: после 18:00");
    }

    @Test
    void forgedNotificationIsRefusedAndNothingIsPublished() {
        String leadgenId = Long.toString(4_800_000_000_000L + System.nanoTime() % 1_000_000);
        String body = "{\"object\":\"page\",\"entry\":[{\"id\":\"2000001\",\"time\":1764065702,\"changes\":[{\"field\":"
                + "\"leadgen\",\"value\":{\"leadgen_id\":\"" + leadgenId + "\",\"page_id\":\"2000001\","
                + "\"form_id\":\"3000001\",\"created_time\":1764065700}}]}]}";

        var unsigned = gateway.post("/webhooks/meta", body, Map.of());
        var forged =
                gateway.post("/webhooks/meta", body, Map.of("X-Hub-Signature-256", sign(body, "not-the-app-secret")));

        assertThat(unsigned.statusCode()).isEqualTo(401);
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(forged.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(TopicContents.upToNow(bootstrapServers(), "meta.webhooks"))
                .noneMatch(record -> leadgenId.equals(record.key()));
    }

    @Test
    void leadWhoseNotificationWasLostIsRecoveredByReconciliation() {
        String name = "MetaLost-" + UUID.randomUUID();
        assertThat(sandbox.post("/sandbox/graph/webhooks/lose", "{\"count\":1}", Map.of())
                        .statusCode())
                .isEqualTo(200);

        JsonNode submitted = submit(name);

        assertThat(submitted.at("/webhook/outcome").asString()).isEqualTo("lost");
        JsonNode lead = awaitLead(name);
        assertThat(lead.path("source").asString()).isEqualTo("meta_leadgen");
        assertThat(lead.path("metaAdId").asString()).isEqualTo("120230000000000101");
    }

    @Test
    void leadNotifiedTwiceIsOneLead() {
        String name = "MetaTwice-" + UUID.randomUUID();
        JsonNode submitted = submit(name);

        var again = sandbox.post(
                "/sandbox/graph/leads/" + submitted.path("leadgenId").asString() + "/webhook", "{}", Map.of());

        assertThat(Http.json(again).at("/webhook/outcome").asString()).isEqualTo("delivered");
        // Both notifications became the same create (reconciliation may add a third, the same again).
        await().atMost(Duration.ofSeconds(60))
                .untilAsserted(() -> assertThat(commandsNaming(name)).hasSizeGreaterThanOrEqualTo(2));
        assertThat(commandsNaming(name))
                .extracting(ConsumerRecord::key)
                .containsOnly(awaitLead(name).path("id").asString());
        assertThat(leadsNamed(name)).hasSize(1);
    }

    private static JsonNode submit(String name) {
        HttpResponse<String> response = sandbox.post(
                "/sandbox/graph/leads",
                Http.toJson(Map.of(
                        "pageId",
                        "2000001",
                        "name",
                        name,
                        "phone",
                        "8 999 123-45-67",
                        "email",
                        "lead@example.ru",
                        "answers",
                        Map.of("preferred_time", "после 18:00"))),
                Map.of());
        assertThat(response.statusCode()).isEqualTo(201);
        return Http.json(response);
    }

    private static JsonNode awaitLead(String name) {
        await().atMost(Duration.ofSeconds(90))
                .untilAsserted(() -> assertThat(leadsNamed(name)).hasSize(1));
        return leadsNamed(name).getFirst();
    }

    private static List<JsonNode> leadsNamed(String name) {
        var page = gateway.get(
                "/api/leads?q=" + URLEncoder.encode(name, StandardCharsets.UTF_8), Map.of("X-Auth-Key", apiKey));
        assertThat(page.statusCode()).isEqualTo(200);
        return Http.json(page).path("items").valueStream().toList();
    }

    private static List<ConsumerRecord<String, byte[]>> commandsNaming(String name) {
        return TopicContents.upToNow(bootstrapServers(), "leads.commands").stream()
                .filter(record -> new String(record.value(), StandardCharsets.UTF_8).contains(name))
                .toList();
    }

    private static String sign(String body, String secret) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String bootstrapServers() {
        return "127.0.0.1:" + stack.config().port("kafka");
    }
}
