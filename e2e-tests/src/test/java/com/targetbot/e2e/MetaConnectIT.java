package com.targetbot.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.targetbot.e2e.Callers.Caller;
import com.targetbot.stack.LocalStack;
import com.targetbot.testkit.TopicContents;
import io.lettuce.core.RedisClient;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Connecting a Meta account as an admin would: the gateway's /auth/facebook, the sandbox's Login dialog (in its
 * automatic mode, as one of its made-up people), the callback, and meta-service keeping the token encrypted; then
 * the statistics: an admin asks for a sync, meta-service reads the sandbox's Graph API (the structure, then the
 * insights of its backfill window), and {@code /meta/stats} through the gateway answers a period at every level with
 * exactly the sums of the sandbox's own daily rows, its ratios computed from those sums.
 */
class MetaConnectIT {

    static final String OLGA = "10000000000002";
    static final String OLGA_TOKEN = "sandbox-token-olga";
    private static final String GRAPH = "/v23.0/";
    // The sandbox's first person, whose token the stack connects at start; read here the way Graph is read.
    private static final String TOKEN = "sandbox-user-token";
    private static final String APP_SECRET = "sandbox-app-secret";
    private static final List<String> LEVELS = List.of("account", "campaign", "adset", "ad");

    private static LocalStack stack;
    private static Callers callers;
    private static Http sandbox;

    @BeforeAll
    static void startTheWholeSystem() {
        stack = E2eStack.get();
        callers = new Callers(stack);
        sandbox = new Http(stack.config().url("sandbox"));
    }

    @Test
    void adminConnectsThroughTheLoginDialogAndTheTokenIsStoredEncrypted() {
        Caller admin = callers.session("admin");

        HttpResponse<String> landed = login(admin, "&sandbox_person=" + OLGA);

        assertThat(landed.statusCode()).as(landed.body()).isEqualTo(302);
        assertThat(landed.headers().firstValue("Location")).hasValue("/admin/?meta=connected#/meta");
        HttpResponse<String> listed = admin.get("/meta/connections");
        assertThat(listed.statusCode()).isEqualTo(200);
        assertThat(listed.body()).doesNotContain(OLGA_TOKEN);
        JsonNode olga = Http.json(listed)
                .valueStream()
                .filter(connection -> connection.get("id").asString().equals("user-" + OLGA))
                .findFirst()
                .orElseThrow();
        assertThat(olga.get("name").asString()).isEqualTo("Ольга Кузнецова");
        assertThat(olga.get("status").asString()).isEqualTo("ACTIVE");
        assertThat(olga.get("createdBy").asString()).startsWith("admin:admin-");
        List<String> stored = everyValueUnderMeta();
        assertThat(stored).anyMatch(value -> value.contains("\"id\":\"user-" + OLGA + "\""));
        assertThat(stored).noneMatch(value -> value.contains(OLGA_TOKEN));

        assertThat(admin.delete("/meta/connections/user-" + OLGA).statusCode()).isEqualTo(204);
        assertThat(admin.get("/meta/connections").body()).doesNotContain("user-" + OLGA);
    }

    @Test
    void deniedDialogEndsOnAPageAndConnectsNothing() {
        Caller admin = callers.session("admin");

        HttpResponse<String> landed = login(admin, "&sandbox_deny=true");

        assertThat(landed.statusCode()).isEqualTo(200);
        assertThat(landed.body()).contains("отменили", "cancelled");
        assertThat(admin.get("/meta/connections").body()).doesNotContain("\"user-10000000000003\"");
    }

    @Test
    void managerCannotStartALogin() {
        assertThat(callers.session("manager").get("/auth/facebook").statusCode())
                .isEqualTo(403);
    }

    @Test
    void statsOfAPeriodEqualTheSandboxsDailyRowsSummedAtEveryLevelAfterAnAdminsSync() {
        Caller admin = callers.session("admin");

        var accepted = admin.post("/meta/sync", "{}");

        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
        String syncId = Http.json(accepted).get("syncId").asString();
        ConsumerRecord<String, byte[]> outcome = await().atMost(Duration.ofMinutes(2))
                .until(() -> outcome(syncId), Optional::isPresent)
                .orElseThrow();
        assertThat(new String(outcome.value(), StandardCharsets.UTF_8)).doesNotContain("\"reason\"");
        // A finished period, the same in every account's zone, so neither side is still counting today.
        LocalDate to = LocalDate.now(ZoneOffset.UTC).minusDays(2);
        LocalDate from = to.minusDays(13);
        List<String> accounts = Http.json(admin.get("/meta/stats"))
                .get("adAccounts")
                .valueStream()
                .map(account -> account.get("id").asString())
                .toList();
        assertThat(accounts).hasSize(3);
        for (String account : accounts) {
            for (String level : LEVELS) {
                Map<String, Counts> expected = sandboxSums(account, level, from, to);
                JsonNode served = Http.json(admin.get(
                        "/meta/stats?from=" + from + "&to=" + to + "&level=" + level + "&accountId=" + account));
                assertThat(served(served)).as("%s at level %s", account, level).isEqualTo(expected);
                served.get("rows").forEach(row -> assertRatiosFromSums(row));
            }
        }
    }

    private static Optional<ConsumerRecord<String, byte[]>> outcome(String syncId) {
        return TopicContents.upToNow("127.0.0.1:" + stack.config().port("kafka"), "meta.events").stream()
                .filter(record -> new String(record.value(), StandardCharsets.UTF_8).contains(syncId))
                .findFirst();
    }

    /** The sandbox's daily rows of the period read as meta-service reads Graph (bearer token, appsecret_proof). */
    private static Map<String, Counts> sandboxSums(String account, String level, LocalDate from, LocalDate to) {
        String idField = level.equals("account") ? "account_id" : level + "_id";
        String range = "{\"since\":\"" + from + "\",\"until\":\"" + to + "\"}";
        String next = GRAPH + account + "/insights?level=" + level + "&time_increment=1&limit=500"
                + "&fields=" + idField + ",spend,impressions,clicks,actions"
                + "&time_range=" + URLEncoder.encode(range, StandardCharsets.UTF_8)
                + "&appsecret_proof=" + appSecretProof();
        Map<String, Counts> sums = new HashMap<>();
        while (next != null) {
            var page = sandbox.get(next, Map.of("Authorization", "Bearer " + TOKEN));
            assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
            JsonNode json = Http.json(page);
            for (JsonNode row : json.get("data")) {
                String id = row.get(idField).asString();
                sums.merge(
                        level.equals("account") ? "act_" + id : id,
                        new Counts(
                                new BigDecimal(row.get("spend").asString()),
                                Long.parseLong(row.get("impressions").asString()),
                                Long.parseLong(row.get("clicks").asString()),
                                leads(row)),
                        Counts::plus);
            }
            JsonNode paging = json.get("paging");
            next = paging != null && paging.has("next") ? paging.get("next").asString() : null;
        }
        sums.replaceAll((id, counts) -> counts.normalised());
        return sums;
    }

    private static long leads(JsonNode row) {
        if (!row.has("actions")) {
            return 0;
        }
        return row.get("actions")
                .valueStream()
                .filter(action -> action.get("action_type").asString().equals("lead"))
                .mapToLong(action -> Long.parseLong(action.get("value").asString()))
                .sum();
    }

    private static Map<String, Counts> served(JsonNode stats) {
        Map<String, Counts> rows = new HashMap<>();
        stats.get("rows")
                .forEach(row -> rows.put(
                        row.get("id").asString(),
                        new Counts(
                                        row.get("spend").decimalValue(),
                                        row.get("impressions").asLong(),
                                        row.get("clicks").asLong(),
                                        row.get("leads").asLong())
                                .normalised()));
        return rows;
    }

    private static void assertRatiosFromSums(JsonNode row) {
        BigDecimal spend = row.get("spend").decimalValue();
        long impressions = row.get("impressions").asLong();
        long clicks = row.get("clicks").asLong();
        long leads = row.get("leads").asLong();
        String id = row.get("id").asString();
        if (impressions > 0) {
            assertThat(row.get("ctr").decimalValue())
                    .as("ctr of %s", id)
                    .isEqualByComparingTo(BigDecimal.valueOf(clicks * 100)
                            .divide(BigDecimal.valueOf(impressions), 4, RoundingMode.HALF_UP));
        }
        if (clicks > 0) {
            assertThat(row.get("cpc").decimalValue())
                    .as("cpc of %s", id)
                    .isEqualByComparingTo(spend.divide(BigDecimal.valueOf(clicks), 2, RoundingMode.HALF_UP));
        }
        if (leads > 0) {
            assertThat(row.get("cpl").decimalValue())
                    .as("cpl of %s", id)
                    .isEqualByComparingTo(spend.divide(BigDecimal.valueOf(leads), 2, RoundingMode.HALF_UP));
        }
    }

    private static String appSecretProof() {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(APP_SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(TOKEN.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private record Counts(BigDecimal spend, long impressions, long clicks, long leads) {

        Counts plus(Counts other) {
            return new Counts(
                    spend.add(other.spend),
                    impressions + other.impressions,
                    clicks + other.clicks,
                    leads + other.leads);
        }

        Counts normalised() {
            return new Counts(spend.stripTrailingZeros(), impressions, clicks, leads);
        }
    }

    /**
     * Follows the login as the browser would: the gateway's redirect to the dialog, the dialog's answer (chosen by
     * {@code sandboxChoice}) back to the gateway's callback; returns the callback's answer.
     */
    private static HttpResponse<String> login(Caller admin, String sandboxChoice) {
        HttpResponse<String> start = admin.get("/auth/facebook");
        assertThat(start.statusCode()).as(start.body()).isEqualTo(302);
        String dialog = start.headers().firstValue("Location").orElseThrow();
        assertThat(dialog).startsWith(stack.config().url("sandbox"));
        HttpResponse<String> answered = sandbox.get(dialog + sandboxChoice, Map.of());
        assertThat(answered.statusCode()).as(answered.body()).isEqualTo(302);
        URI callback = URI.create(answered.headers().firstValue("Location").orElseThrow());
        assertThat(callback.getPath()).isEqualTo("/auth/facebook/callback");
        // The fragment (#_=_) stays in the browser.
        return admin.get(callback.getRawPath() + "?" + callback.getRawQuery());
    }

    /** What someone reading meta-service's part of Redis would see. */
    private static List<String> everyValueUnderMeta() {
        try (var redis =
                        RedisClient.create("redis://127.0.0.1:" + stack.config().port("redis"));
                var connection = redis.connect()) {
            var commands = connection.sync();
            List<String> values = new ArrayList<>();
            for (String key : commands.keys("meta:*")) {
                switch (commands.type(key)) {
                    case "string" -> values.add(commands.get(key));
                    case "zset" -> values.addAll(commands.zrange(key, 0, -1));
                    case "hash" -> values.addAll(commands.hgetall(key).values());
                    default -> values.add(key);
                }
            }
            return values;
        }
    }
}
