package com.targetbot.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.targetbot.testkit.KafkaFixture;
import com.targetbot.testkit.TelegramUpdateJson;
import com.targetbot.testkit.TopicContents;
import com.targetbot.testkit.TopicProbe;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.cloud.gateway.route.RouteDefinitionLocator;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the gateway's integration tests share: the one {@link GatewayTest} context, a client bound to it, the
 * credentials the test profile configures and helpers to sign in, issue keys and read topics.
 */
@GatewayTest
abstract class GatewayIntegration {

    static final String BOOTSTRAP_KEY = "tb_bootstr1_0123456789abcdefghijklmnopqrstuvwxyzABCDEFG";
    static final String WEBHOOK_SECRET = "test-webhook-secret";
    static final String SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token";
    static final String ADMIN_PASSWORD = "test-admin-password";
    static final String INITIAL_PASSWORD = "initial-password-from-an-admin";
    static final String NEW_PASSWORD = "a-password-of-my-own";
    static final JsonMapper JSON = new JsonMapper();

    @LocalServerPort
    int port;

    @Autowired
    StubServices stubs;

    @Autowired
    RouteDefinitionLocator routes;

    WebTestClient client;

    @BeforeEach
    void bindClient() {
        client = TestClients.gateway(port);
    }

    Browser signedInAdmin() {
        var browser = new Browser(client);
        assertThat(browser.login("admin", ADMIN_PASSWORD).getStatus()).isEqualTo(HttpStatus.OK);
        return browser;
    }

    String issueKey(String... scopes) {
        return issueKey(signedInAdmin(), scopes);
    }

    String issueKey(Browser admin, String... scopes) {
        EntityExchangeResult<byte[]> result =
                admin.post("/api/keys", Map.of("label", "test " + UUID.randomUUID(), "scopes", List.of(scopes)));
        assertThat(result.getStatus()).isEqualTo(HttpStatus.CREATED);
        return Browser.json(result).path("key").stringValue();
    }

    static List<ConsumerRecord<String, byte[]>> published(String topic, String key) {
        try (var probe = new TopicProbe(KafkaFixture.bootstrapServers(), topic)) {
            await().untilAsserted(() ->
                    assertThat(probe.about(key, Duration.ofMillis(200))).isNotEmpty());
            return probe.about(key, Duration.ZERO);
        }
    }

    static List<ConsumerRecord<String, byte[]>> onTopicWithKey(String topic, long key) {
        return onTopicWithKey(topic, Long.toString(key));
    }

    /** Everything on the topic with this key, read to the end: for "nothing was published" checks. */
    static List<ConsumerRecord<String, byte[]>> onTopicWithKey(String topic, String key) {
        return TopicContents.upToNow(topic).stream()
                .filter(record -> key.equals(record.key()))
                .toList();
    }

    static void assertNoLeadMentions(String marker) {
        assertThat(TopicContents.upToNow("leads.commands"))
                .noneMatch(record -> new String(record.value(), StandardCharsets.UTF_8).contains(marker));
    }

    static Map<String, Object> update(long updateId, long chatId) {
        return TelegramUpdateJson.message(updateId).from(chatId, "Иван", null).toMap();
    }

    static Map<String, List<String>> lowerCaseNames(Map<String, List<String>> headers) {
        var lower = new HashMap<String, List<String>>();
        headers.forEach((name, values) -> lower.put(name.toLowerCase(Locale.ROOT), values));
        return lower;
    }

    static long uniqueId() {
        return ThreadLocalRandom.current().nextLong(1_000_000_000L, Long.MAX_VALUE / 2);
    }
}
