package com.targetbot.sandbox.graph;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Sends the Lead Ads notification the way Meta does: {@code {"object":"page","entry":[{"id","time","changes":
 * [{"field":"leadgen","value":{...}}]}]}}, signed with {@code X-Hub-Signature-256} (HMAC-SHA256 of the exact
 * bytes under the app secret). A test may have the next notifications lost, as Meta's deliveries sometimes are.
 */
@Component
class LeadAdsWebhook implements AutoCloseable {

    static final String SIGNATURE_HEADER = "X-Hub-Signature-256";

    private final GraphSandboxProperties app;
    private final AtomicReference<@Nullable URI> callbackUrl;
    private final AtomicInteger toLose = new AtomicInteger();
    private final JsonMapper json = JsonMapper.builder().build();
    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    LeadAdsWebhook(GraphSandboxProperties app, LeadAdsProperties properties) {
        this.app = app;
        this.callbackUrl = new AtomicReference<>(properties.callbackUrl());
    }

    void callbackUrl(@Nullable URI url) {
        callbackUrl.set(url);
    }

    /** The next {@code count} notifications are dropped instead of sent. */
    void loseNext(int count) {
        toLose.set(count);
    }

    /** Notifies the callback of one lead, unless it is to be lost. */
    Delivery deliver(String pageId, Map<String, Object> lead) {
        URI url = callbackUrl.get();
        if (url == null) {
            return new Delivery("no_callback", null);
        }
        if (toLose.getAndUpdate(left -> Math.max(0, left - 1)) > 0) {
            return new Delivery("lost", null);
        }
        long created = LeadAdsCatalog.createdAt(lead).getEpochSecond();
        Map<String, Object> value = Map.of(
                "ad_id", lead.get("ad_id"),
                "form_id", lead.get("form_id"),
                "leadgen_id", lead.get("id"),
                "created_time", created,
                "page_id", pageId,
                "adgroup_id", lead.get("ad_id"));
        Map<String, Object> notification = Map.of(
                "object",
                "page",
                "entry",
                List.of(Map.of(
                        "id",
                        pageId,
                        "time",
                        Instant.now().getEpochSecond(),
                        "changes",
                        List.of(Map.of("field", "leadgen", "value", value)))));
        byte[] body = json.writeValueAsBytes(notification);
        HttpRequest request = HttpRequest.newBuilder(url)
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .header(SIGNATURE_HEADER, sign(body))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
        try {
            int status =
                    http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            return new Delivery(status == 200 ? "delivered" : "refused", status);
        } catch (IOException e) {
            return new Delivery("unreachable", null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Delivery("unreachable", null);
        }
    }

    private String sign(byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(app.appSecret().getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    @Override
    public void close() {
        http.close();
    }

    /**
     * What became of a notification.
     *
     * @param outcome {@code delivered} (200), {@code refused} (another status), {@code unreachable}, {@code lost}
     *     (dropped on purpose) or {@code no_callback}
     * @param status the callback's HTTP status when it answered
     */
    record Delivery(String outcome, @Nullable Integer status) {}
}
