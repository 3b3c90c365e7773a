package com.targetbot.gateway;

import static com.targetbot.gateway.Browser.assertThatProblem;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;

class MetaWebhookIT extends GatewayIntegration {

    private static final String APP_SECRET = "test-meta-app-secret";
    private static final String SIGNATURE = "X-Hub-Signature-256";
    private static final String TOPIC = "meta.webhooks";

    @Test
    void signedLeadgenChangeIsOnTheTopicKeyedByLeadgenIdWhenTheAnswerArrives() {
        String leadgenId = Long.toString(uniqueId());
        byte[] body = notification(leadgenId);

        deliver(body, sign(body)).expectStatus().isOk();

        assertThat(published(TOPIC, leadgenId)).singleElement().satisfies(record -> {
            assertThat(new String(record.headers().lastHeader("ce_type").value(), StandardCharsets.UTF_8))
                    .isEqualTo("com.targetbot.meta.leadgen.received.v1");
            JsonNode data = JSON.readTree(record.value());
            assertThat(data.path("leadgenId").stringValue()).isEqualTo(leadgenId);
            assertThat(data.path("pageId").stringValue()).isEqualTo("1111");
            assertThat(data.path("formId").stringValue()).isEqualTo("3333");
            assertThat(data.path("adId").stringValue()).isEqualTo("5555");
            assertThat(data.path("createdTime").stringValue()).isEqualTo("2025-11-25T10:15:00Z");
        });
    }

    @Test
    void notificationWithoutASignatureIsUnauthorizedAndNotPublished() {
        String leadgenId = Long.toString(uniqueId());

        client.post()
                .uri("/webhooks/meta")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(notification(leadgenId))
                .exchange()
                .expectStatus()
                .isUnauthorized()
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON);

        assertThat(onTopicWithKey(TOPIC, leadgenId)).isEmpty();
    }

    @Test
    void notificationSignedWithAnotherSecretIsForbiddenAndNotPublished() {
        String leadgenId = Long.toString(uniqueId());
        byte[] body = notification(leadgenId);

        deliver(body, sign(body, "not-the-app-secret"))
                .expectStatus()
                .isForbidden()
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON);
        deliver(body, "sha256=not-hex").expectStatus().isForbidden();

        assertThat(onTopicWithKey(TOPIC, leadgenId)).isEmpty();
    }

    @Test
    void bodyChangedAfterSigningIsForbiddenAndNotPublished() {
        String leadgenId = Long.toString(uniqueId());
        String forgedId = Long.toString(uniqueId());
        byte[] signedBody = notification(leadgenId);

        deliver(notification(forgedId), sign(signedBody)).expectStatus().isForbidden();

        assertThat(onTopicWithKey(TOPIC, leadgenId)).isEmpty();
        assertThat(onTopicWithKey(TOPIC, forgedId)).isEmpty();
    }

    @Test
    void otherObjectsAndFieldsAreAcknowledgedAndIgnored() {
        String leadgenId = Long.toString(uniqueId());
        byte[] userChange =
                ("{\"object\":\"user\",\"entry\":[{\"id\":\"1\",\"time\":1,\"changes\":[{\"field\":\"leadgen\","
                                + "\"value\":{\"leadgen_id\":\"" + leadgenId
                                + "\",\"page_id\":\"1\",\"created_time\":1}}]}]}")
                        .getBytes(StandardCharsets.UTF_8);
        byte[] feedChange =
                ("{\"object\":\"page\",\"entry\":[{\"id\":\"1\",\"time\":1,\"changes\":[{\"field\":\"feed\","
                                + "\"value\":{\"leadgen_id\":\"" + leadgenId + "\"}}]}]}")
                        .getBytes(StandardCharsets.UTF_8);

        for (byte[] body : new byte[][] {userChange, feedChange}) {
            deliver(body, sign(body)).expectStatus().isOk();
        }

        assertThat(onTopicWithKey(TOPIC, leadgenId)).isEmpty();
    }

    @Test
    void signedButMalformedNotificationIsABadRequest() {
        byte[] broken = "{\"object\":\"page\", broken".getBytes(StandardCharsets.UTF_8);
        byte[] withoutLeadgenId = ("{\"object\":\"page\",\"entry\":[{\"id\":\"1\",\"time\":1,\"changes\":[{\"field\":"
                        + "\"leadgen\",\"value\":{\"page_id\":\"1\",\"created_time\":1}}]}]}")
                .getBytes(StandardCharsets.UTF_8);

        deliver(broken, sign(broken)).expectStatus().isBadRequest();
        assertThatProblem(deliver(withoutLeadgenId, sign(withoutLeadgenId))
                        .expectBody()
                        .returnResult())
                .hasStatus(400)
                .hasFieldError("entry[0].changes[0].value.leadgen_id", "required");
    }

    @Test
    void notificationOverOneMebibyteIsRefusedAsTooLarge() {
        byte[] body = ("{\"object\":\"page\",\"padding\":\"" + "x".repeat(1024 * 1024) + "\"}")
                .getBytes(StandardCharsets.UTF_8);

        deliver(body, sign(body)).expectStatus().isEqualTo(HttpStatus.CONTENT_TOO_LARGE);
    }

    @Test
    void subscriptionChallengeIsEchoedOnlyForOurVerifyToken() {
        client.get()
                .uri("/webhooks/meta?hub.mode=subscribe&hub.verify_token=test-verify-token&hub.challenge=1158201444")
                .exchange()
                .expectStatus()
                .isOk()
                .expectHeader()
                .contentTypeCompatibleWith(MediaType.TEXT_PLAIN)
                .expectBody(String.class)
                .isEqualTo("1158201444");
        client.get()
                .uri("/webhooks/meta?hub.mode=subscribe&hub.verify_token=wrong&hub.challenge=1158201444")
                .exchange()
                .expectStatus()
                .isForbidden()
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON);
    }

    private WebTestClient.ResponseSpec deliver(byte[] body, String signature) {
        return client.post()
                .uri("/webhooks/meta")
                .header(SIGNATURE, signature)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body)
                .exchange();
    }

    /** Meta's Lead Ads notification, as documented for the {@code leadgen} field of a page. */
    private static byte[] notification(String leadgenId) {
        return ("{\"object\":\"page\",\"entry\":[{\"id\":\"1111\",\"time\":1764065702,\"changes\":[{\"field\":\"leadgen\","
                        + "\"value\":{\"ad_id\":\"5555\",\"form_id\":\"3333\",\"leadgen_id\":\"" + leadgenId + "\","
                        + "\"created_time\":1764065700,\"page_id\":\"1111\",\"adgroup_id\":\"5555\"}}]}]}")
                .getBytes(StandardCharsets.UTF_8);
    }

    private static String sign(byte[] body) {
        return sign(body, APP_SECRET);
    }

    private static String sign(byte[] body, String secret) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
