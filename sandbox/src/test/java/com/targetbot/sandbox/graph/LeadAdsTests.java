package com.targetbot.sandbox.graph;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import com.targetbot.sandbox.SandboxHttp;
import com.targetbot.sandbox.SandboxTest;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Lead Ads over HTTP: pages and their tokens, forms, leads with filtering, subscriptions, signed notifications. */
@SandboxTest
class LeadAdsTests {

    private static final String USER_TOKEN = "sandbox-user-token";
    private static final String PAGE_TOKEN = "sandbox-page-token-2000001";
    private static final String APP_SECRET = "sandbox-app-secret";

    @Autowired
    private SandboxHttp http;

    private HttpServer callback;
    private final BlockingQueue<Notification> received = new LinkedBlockingQueue<>();

    @BeforeEach
    void start() throws IOException {
        callback = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        callback.createContext("/webhooks/meta", exchange -> {
            try (exchange) {
                byte[] body = exchange.getRequestBody().readAllBytes();
                received.add(new Notification(exchange.getRequestHeaders().getFirst("X-Hub-Signature-256"), body));
                exchange.sendResponseHeaders(200, -1);
            }
        });
        callback.start();
        http.post(
                "/sandbox/graph/webhooks/callback",
                "{\"callbackUrl\":\"http://127.0.0.1:" + callback.getAddress().getPort() + "/webhooks/meta\"}");
    }

    @AfterEach
    void stop() {
        http.post("/sandbox/graph/webhooks/callback", "{\"callbackUrl\":null}");
        http.post("/sandbox/graph/webhooks/lose", "{\"count\":0}");
        callback.stop(0);
    }

    @Test
    void userSeesItsPagesWithTheirPageTokens() {
        JsonNode pages = http.get("/v23.0/me/accounts?" + auth(USER_TOKEN)).json();

        assertThat(pages.get("data").values())
                .extracting(page -> page.get("id").asString())
                .containsExactly("2000001", "2000002");
        assertThat(pages.at("/data/0/access_token").asString()).isEqualTo(PAGE_TOKEN);
        assertThat(pages.at("/data/0/name").asString()).isEqualTo("Стоматология «Улыбка»");
    }

    @Test
    void submittedLeadIsNotifiedSignedAndReadableWithThePageTokenOnly() throws Exception {
        String name = "Анна " + UUID.randomUUID();

        JsonNode submitted = http.post(
                        "/sandbox/graph/leads",
                        "{\"name\":\"" + name + "\",\"phone\":\"+79991234567\",\"email\":\"anna@example.ru\","
                                + "\"answers\":{\"preferred_time\":\"после 18:00\"}}")
                .json();

        String leadgenId = submitted.path("leadgenId").asString();
        assertThat(submitted.at("/webhook/outcome").asString()).isEqualTo("delivered");
        Notification notification = received.poll(10, TimeUnit.SECONDS);
        assertThat(notification).isNotNull();
        assertThat(notification.signature())
                .isEqualTo("sha256=" + GraphAuth.appSecretProof(APP_SECRET, notification.text()));
        JsonNode change =
                JsonMapper.builder().build().readTree(notification.body()).at("/entry/0/changes/0");
        assertThat(change.path("field").asString()).isEqualTo("leadgen");
        assertThat(change.at("/value/leadgen_id").asString()).isEqualTo(leadgenId);
        assertThat(change.at("/value/page_id").asString()).isEqualTo("2000001");
        assertThat(change.at("/value/form_id").asString()).isEqualTo("3000001");

        JsonNode lead = http.get("/v23.0/" + leadgenId + "?fields=created_time,field_data,ad_id,ad_name,campaign_id,"
                        + "campaign_name,adset_id,form_id,platform,is_organic&" + auth(PAGE_TOKEN))
                .json();
        assertThat(lead.path("campaign_id").asString()).isEqualTo("120210000000000101");
        assertThat(lead.path("ad_name").asString()).isEqualTo("Имплантация — видео");
        assertThat(lead.path("field_data").values())
                .extracting(field -> field.path("name").asString() + "="
                        + field.at("/values/0").asString())
                .containsExactly(
                        "full_name=" + name,
                        "phone_number=+79991234567",
                        "email=anna@example.ru",
                        "preferred_time=после 18:00");
        SandboxHttp.Reply withUserToken = http.get("/v23.0/" + leadgenId + "?" + auth(USER_TOKEN));
        assertThat(withUserToken.status()).isEqualTo(400);
        assertThat(withUserToken.json().at("/error/code").asInt()).isEqualTo(190);
    }

    @Test
    void lostNotificationsAreNotSentButTheLeadsAreListedOnTheirForm() throws Exception {
        http.post("/sandbox/graph/webhooks/lose", "{\"count\":1}");

        JsonNode lost = http.post("/sandbox/graph/leads", "{\"formId\":\"3000002\",\"name\":\"Пётр\"}")
                .json();
        JsonNode sent = http.post("/sandbox/graph/leads", "{\"formId\":\"3000002\",\"name\":\"Олег\"}")
                .json();

        assertThat(lost.at("/webhook/outcome").asString()).isEqualTo("lost");
        assertThat(sent.at("/webhook/outcome").asString()).isEqualTo("delivered");
        Notification only = received.poll(10, TimeUnit.SECONDS);
        assertThat(only.text())
                .contains(sent.path("leadgenId").asString())
                .doesNotContain(lost.path("leadgenId").asString());
        long before = Instant.parse(lost.path("createdTime").asString().replaceFirst("\\+0000$", "Z"))
                        .getEpochSecond()
                - 1;
        String filtering = URLEncoder.encode(
                "[{\"field\":\"time_created\",\"operator\":\"GREATER_THAN\",\"value\":" + before + "}]",
                StandardCharsets.UTF_8);
        JsonNode leads = http.get("/v23.0/3000002/leads?limit=1&filtering=" + filtering + "&"
                        + auth("sandbox-page-token-2000002"))
                .json();
        assertThat(leads.at("/data/0/id").asString())
                .isEqualTo(lost.path("leadgenId").asString());
        JsonNode next = http.get("/v23.0/3000002/leads?limit=1&filtering=" + filtering + "&after="
                        + leads.at("/paging/cursors/after").asString() + "&" + auth("sandbox-page-token-2000002"))
                .json();
        assertThat(next.at("/data/0/id").asString())
                .isEqualTo(sent.path("leadgenId").asString());
    }

    @Test
    void pageSubscriptionIsRecordedAndNeedsThePageToken() {
        SandboxHttp.Reply withUserToken =
                http.post("/v23.0/2000001/subscribed_apps?subscribed_fields=leadgen&" + auth(USER_TOKEN), "{}");
        SandboxHttp.Reply withPageToken =
                http.post("/v23.0/2000001/subscribed_apps?subscribed_fields=leadgen&" + auth(PAGE_TOKEN), "{}");

        assertThat(withUserToken.status()).isEqualTo(400);
        assertThat(withPageToken.json().path("success").asBoolean()).isTrue();
        JsonNode apps =
                http.get("/v23.0/2000001/subscribed_apps?" + auth(PAGE_TOKEN)).json();
        assertThat(apps.at("/data/0/subscribed_fields/0").asString()).isEqualTo("leadgen");
        JsonNode forms = http.get("/v23.0/2000001/leadgen_forms?fields=id,name,questions&" + auth(PAGE_TOKEN))
                .json();
        assertThat(forms.at("/data/0/id").asString()).isEqualTo("3000001");
        assertThat(forms.at("/data/0/questions").values())
                .extracting(question -> question.path("key").asString())
                .containsExactly("full_name", "phone_number", "email", "preferred_time");
    }

    private static String auth(String token) {
        return "access_token=" + token + "&appsecret_proof=" + GraphAuth.appSecretProof(APP_SECRET, token);
    }

    private record Notification(String signature, byte[] body) {

        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }
}
