package com.targetbot.meta.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.targetbot.events.CloudEventDeserializer;
import com.targetbot.events.meta.AdAccountChanged;
import com.targetbot.events.meta.AdAccountsSynced;
import com.targetbot.events.meta.AdSetChanged;
import com.targetbot.events.meta.MetaTokenInvalid;
import com.targetbot.meta.MetaServiceTest;
import com.targetbot.meta.graph.GraphAccessToken;
import com.targetbot.meta.graph.GraphApiClient;
import com.targetbot.meta.graph.GraphGovernor;
import com.targetbot.meta.graph.GraphPage;
import com.targetbot.meta.lease.Leases;
import com.targetbot.testkit.KafkaFixture;
import com.targetbot.testkit.SandboxFixture;
import com.targetbot.testkit.TopicProbe;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.http.HttpStatusCode;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;

/**
 * The scheduled sync against the sandbox over HTTP, with real Kafka and Redis: statistics served for a period equal
 * the sums of the sandbox's daily rows at every level, restated days overwrite, throttling is waited out, an invalid
 * token stops the run and alerts, a failing account does not stop the others, and a held account is left alone.
 */
@MetaServiceTest
class AccountsSyncIT {

    private static final List<String> ACCOUNTS = List.of("act_1000001", "act_1000002", "act_1000003");
    private static final ParameterizedTypeReference<GraphPage<Map<String, Object>>> ROWS =
            new ParameterizedTypeReference<>() {};
    private static final GraphAccessToken SANDBOX_USER = new GraphAccessToken("sandbox-user-token");
    // What Ads Manager counts as a result of each objective the sandbox's campaigns have.
    private static final Map<String, String> RESULT_OF = Map.of(
            "OUTCOME_LEADS", "lead",
            "OUTCOME_TRAFFIC", "link_click",
            "OUTCOME_SALES", "purchase",
            "OUTCOME_ENGAGEMENT", "post_engagement",
            "OUTCOME_AWARENESS", "reach");
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Moscow"));
    private static final LocalDate FROM = TODAY.minusDays(9);

    @LocalServerPort
    int port;

    @Autowired
    AccountsSync sync;

    @Autowired
    Leases lock;

    @Autowired
    GraphApiClient graph;

    @Autowired
    GraphGovernor governor;

    @Autowired
    StringRedisTemplate redis;

    @BeforeEach
    void forgetTheAccounts() {
        for (String account : ACCOUNTS) {
            redis.delete(List.of(AccountSyncState.key(account), Leases.key(account), StructureSync.key(account)));
        }
    }

    @AfterEach
    void disarmTheSandbox() {
        sandbox().delete().uri("/sandbox/graph/faults").retrieve().toBodilessEntity();
    }

    @Test
    void statsOfAPeriodEqualTheSumsOfTheSandboxDailyRowsAtEveryLevel() {
        AccountsSync.Run run = sync.run(AccountsSync.Scope.NIGHTLY);

        assertThat(run.synced()).containsExactlyInAnyOrderElementsOf(ACCOUNTS);
        for (String level : List.of("account", "campaign", "adset", "ad")) {
            Map<String, BigDecimal> expected = sandboxSpend("act_1000001", level, FROM, TODAY);
            await().atMost(Duration.ofSeconds(30))
                    .untilAsserted(() -> assertThat(servedSpend(level, "act_1000001", FROM, TODAY))
                            .as(level)
                            .isEqualTo(expected));
        }
        JsonNode stats = stats("from=" + FROM + "&to=" + TODAY + "&level=campaign&accountId=act_1000001");
        JsonNode top = stats.get("rows").get(0);
        assertThat(top.get("ctr").decimalValue())
                .isEqualByComparingTo(BigDecimal.valueOf(top.get("clicks").asLong() * 100)
                        .divide(
                                BigDecimal.valueOf(top.get("impressions").asLong()),
                                4,
                                java.math.RoundingMode.HALF_UP));
        assertThat(stats.get("totals")).singleElement().satisfies(total -> {
            assertThat(total.get("currency").asString()).isEqualTo("RUB");
            assertThat(total.get("spend").decimalValue())
                    .isEqualByComparingTo(
                            sandboxSpend("act_1000001", "account", FROM, TODAY).get("act_1000001"));
        });
        assertThat(stats.get("attribution").asString()).isEqualTo("7d_click,1d_view");
        assertThat(redis.<String, String>opsForHash().get(AccountSyncState.key("act_1000002"), "insightsSince"))
                .isEqualTo(FROM.toString());
    }

    @Test
    void campaignsCountTheResultsOfTheirObjectiveAndATotalOverSeveralObjectivesHasNone() {
        sync.run(AccountsSync.Scope.NIGHTLY);

        Map<String, String> objectives = new HashMap<>();
        graph.readAll(SANDBOX_USER, "act_1000001", "campaigns", "id,objective", Map.of(), ROWS)
                .forEach(campaign -> objectives.put((String) campaign.get("id"), (String) campaign.get("objective")));
        Map<String, Map<String, Long>> sandboxActions = sandboxActions("act_1000001", FROM, TODAY);
        JsonNode stats = stats("from=" + FROM + "&to=" + TODAY + "&level=campaign&accountId=act_1000001");

        assertThat(stats.get("rows")).isNotEmpty().allSatisfy(row -> {
            String id = row.get("id").asString();
            String type = RESULT_OF.get(objectives.get(id));
            long results = sandboxActions.get(id).getOrDefault(type, 0L);
            assertThat(row.get("resultType").asString()).as(id).isEqualTo(type);
            assertThat(row.get("results").asLong()).as(id).isEqualTo(results);
            if (results > 0) {
                assertThat(row.get("costPerResult").decimalValue())
                        .isEqualByComparingTo(row.get("spend")
                                .decimalValue()
                                .divide(BigDecimal.valueOf(results), 2, java.math.RoundingMode.HALF_UP));
            }
        });
        assertThat(objectives.values()).hasSizeGreaterThan(1);
        assertThat(stats.get("totals")).singleElement().satisfies(total -> {
            assertThat(total.get("resultType").isNull()).isTrue();
            assertThat(total.get("results").isNull()).isTrue();
        });
    }

    @Test
    void aRestatedDayReplacesWhatWasStoredForIt() {
        sync.run(AccountsSync.Scope.NIGHTLY);
        LocalDate day = TODAY.minusDays(2);
        BigDecimal before = sandboxSpend("act_1000002", "account", day, day).get("act_1000002");
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(servedSpend("account", "act_1000002", day, day))
                        .containsEntry("act_1000002", before.stripTrailingZeros()));

        sandbox()
                .post()
                .uri("/sandbox/graph/restatements")
                .body(Map.of("date", day.toString()))
                .retrieve()
                .toBodilessEntity();
        sync.run(AccountsSync.Scope.NIGHTLY);

        BigDecimal after = sandboxSpend("act_1000002", "account", day, day).get("act_1000002");
        assertThat(after).isNotEqualByComparingTo(before);
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(servedSpend("account", "act_1000002", day, day))
                        .containsEntry("act_1000002", after.stripTrailingZeros()));
    }

    @Test
    void aRunThatReadsNoStructureReportsTheCampaignsOfTheLastRead() throws Exception {
        sync.run(AccountsSync.Scope.NIGHTLY);

        AccountsSync.Run recent = sync.run(AccountsSync.Scope.RECENT);

        try (var probe = new TopicProbe(KafkaFixture.bootstrapServers(), "meta.events")) {
            await().atMost(Duration.ofSeconds(30))
                    .untilAsserted(() -> assertThat(probe.about(recent.id(), Duration.ofMillis(200)))
                            .map(AccountsSyncIT::event)
                            .singleElement()
                            .isInstanceOfSatisfying(AdAccountsSynced.class, synced -> {
                                assertThat(synced.adAccounts()).isEqualTo(3);
                                assertThat(synced.campaigns()).isEqualTo(42);
                            }));
        }
    }

    @Test
    void throttlingIsWaitedOutAndTheAccountStillSyncs() {
        long pausesBefore = governor.pauses();
        arm(Map.of("code", 80004, "accountId", "act_1000003", "times", 2));

        AccountsSync.Run run = sync.run(AccountsSync.Scope.RECENT);

        assertThat(run.synced()).containsExactlyInAnyOrderElementsOf(ACCOUNTS);
        assertThat(run.failed()).isEmpty();
        assertThat(governor.pauses()).isGreaterThan(pausesBefore);
        assertThat(sandbox()
                        .get()
                        .uri("/sandbox/graph/calls")
                        .retrieve()
                        .body(JsonNode.class)
                        .get("throttled")
                        .asLong())
                .isGreaterThanOrEqualTo(2);
    }

    @Test
    void anInvalidTokenMidSyncStopsTheRunAndAlerts() {
        Instant started = Instant.now();
        arm(Map.of("code", 190, "accountId", "act_1000002", "times", 100));

        AccountsSync.Run run = sync.run(AccountsSync.Scope.RECENT);

        assertThat(run.synced()).containsExactly("act_1000001");
        assertThat(run.failed()).singleElement().asString().startsWith("act_1000002");
        assertThat(redis.<String, String>opsForHash().get(AccountSyncState.key("act_1000003"), "status"))
                .isNull();
        try (var probe = new TopicProbe(KafkaFixture.bootstrapServers(), "meta.events")) {
            await().atMost(Duration.ofSeconds(30))
                    .untilAsserted(() -> assertThat(probe.about("meta-token", Duration.ofMillis(200)))
                            .filteredOn(record -> record.timestamp() >= started.toEpochMilli())
                            .map(AccountsSyncIT::event)
                            .anySatisfy(event -> assertThat(event).isInstanceOf(MetaTokenInvalid.class)));
        }
    }

    @Test
    void aFailingAccountIsRecordedAndTheOthersAreSynced() {
        arm(Map.of("code", 100, "accountId", "act_1000002", "afterCalls", 3, "times", 100));

        AccountsSync.Run run = sync.run(AccountsSync.Scope.NIGHTLY);

        assertThat(run.synced()).containsExactlyInAnyOrder("act_1000001", "act_1000003");
        assertThat(run.failed()).singleElement().asString().startsWith("act_1000002");
        Map<String, String> failed = redis.<String, String>opsForHash().entries(AccountSyncState.key("act_1000002"));
        assertThat(failed)
                .containsEntry("status", "failed")
                .containsKey("failure")
                .containsKey("failedStep");
        assertThat(redis.<String, String>opsForHash().get(AccountSyncState.key("act_1000001"), "status"))
                .isEqualTo("synced");
    }

    @Test
    void anAccountHeldByAnotherReplicaIsLeftToIt() {
        Optional<Leases.Lease> held = lock.tryLock("act_1000002", Duration.ofMinutes(1));
        assertThat(held).isPresent();
        assertThat(lock.tryLock("act_1000002", Duration.ofMinutes(1))).isEmpty();

        AccountsSync.Run run = sync.run(AccountsSync.Scope.RECENT);
        held.get().close();

        assertThat(run.skipped()).containsExactly("act_1000002");
        assertThat(run.synced()).containsExactlyInAnyOrder("act_1000001", "act_1000003");
        assertThat(lock.tryLock("act_1000002", Duration.ofMinutes(1))).isPresent();
    }

    @Test
    void aLeaseThatExpiredCannotFreeTheAccountForItsNewHolder() {
        Leases.Lease expired =
                lock.tryLock("act_1000003", Duration.ofMillis(100)).orElseThrow();
        await().atMost(Duration.ofSeconds(5)).until(() -> !redis.hasKey(Leases.key("act_1000003")));
        Leases.Lease current =
                lock.tryLock("act_1000003", Duration.ofMinutes(1)).orElseThrow();

        expired.close();

        assertThat(lock.tryLock("act_1000003", Duration.ofMinutes(1))).isEmpty();
        current.close();
        assertThat(redis.hasKey(Leases.key("act_1000003"))).isFalse();
    }

    @Test
    void aLeaseIsRenewedByItsHolderAndNotOnceTheAccountHasAnotherHolder() {
        String key = Leases.key("act_1000003");
        Leases.Lease first = lock.tryLock("act_1000003", Duration.ofSeconds(5)).orElseThrow();

        first.keep(Duration.ofMinutes(10));

        assertThat(redis.getExpire(key, java.util.concurrent.TimeUnit.SECONDS)).isGreaterThan(60);
        redis.delete(key); // as if it had expired
        Leases.Lease second = lock.tryLock("act_1000003", Duration.ofMinutes(1)).orElseThrow();
        assertThatThrownBy(() -> first.keep(Duration.ofMinutes(10))).isInstanceOf(Leases.LostException.class);
        assertThat(redis.getExpire(key, java.util.concurrent.TimeUnit.SECONDS)).isLessThanOrEqualTo(60);
        assertThat(lock.tryLock("act_1000003", Duration.ofMinutes(1))).isEmpty();
        second.close();
    }

    @Test
    void aFirstSeenAccountIsAnnounced() {
        Instant started = Instant.now();

        sync.run(AccountsSync.Scope.RECENT);

        try (var probe = new TopicProbe(KafkaFixture.bootstrapServers(), "meta.events")) {
            await().atMost(Duration.ofSeconds(30))
                    .untilAsserted(() -> assertThat(probe.about("act_1000001", Duration.ofMillis(200)))
                            .filteredOn(record -> record.timestamp() >= started.toEpochMilli())
                            .map(AccountsSyncIT::event)
                            .anySatisfy(event -> assertThat(event)
                                    .isInstanceOfSatisfying(AdAccountChanged.class, changed -> {
                                        assertThat(changed.currency()).isEqualTo("RUB");
                                        assertThat(changed.previousStatus()).isNull();
                                        assertThat(changed.fundingSource()).isEqualTo("Visa *4242");
                                        assertThat(changed.amountSpent()).isNotBlank();
                                    })));
        }
    }

    @Test
    void anAdSetThatChangedSinceTheLastReadIsAnnouncedWithItsBudgetAndSchedule() {
        sync.run(AccountsSync.Scope.NIGHTLY);
        String key = StructureSync.key("act_1000001");
        String adSetId = redis.<String, String>opsForHash().keys(key).stream()
                .filter(id -> id.startsWith("12023"))
                .sorted()
                .findFirst()
                .orElseThrow();
        // As if the last read had seen it paused with another budget.
        redis.opsForHash().put(key, adSetId, "PAUSED|PAUSED|1|old name|null|null|null");
        Instant started = Instant.now();

        sync.run(AccountsSync.Scope.NIGHTLY);

        try (var probe = new TopicProbe(KafkaFixture.bootstrapServers(), "meta.events")) {
            await().atMost(Duration.ofSeconds(30))
                    .untilAsserted(() -> assertThat(probe.about("act_1000001", Duration.ofMillis(200)))
                            .filteredOn(record -> record.timestamp() >= started.toEpochMilli())
                            .map(AccountsSyncIT::event)
                            .filteredOn(AdSetChanged.class::isInstance)
                            .singleElement()
                            .isInstanceOfSatisfying(AdSetChanged.class, changed -> {
                                assertThat(changed.adSetId()).isEqualTo(adSetId);
                                assertThat(changed.status()).isEqualTo("ACTIVE");
                                assertThat(changed.dailyBudget()).isPositive();
                                assertThat(changed.startTime()).isBefore(started);
                                assertThat(changed.campaignId()).startsWith("12021");
                            }));
        }
    }

    @Test
    void aWrongPeriodIsAProblemNamingTheParameter() {
        var reversed = http().get()
                .uri("/meta/stats?from=" + TODAY + "&to=" + FROM + "&level=campaign")
                .exchange((request, response) ->
                        new Object[] {response.getStatusCode(), response.bodyTo(JsonNode.class)});
        var level = http().get()
                .uri("/meta/stats/daily?from=" + FROM + "&to=" + TODAY + "&level=creative")
                .exchange((request, response) ->
                        new Object[] {response.getStatusCode(), response.bodyTo(JsonNode.class)});

        assertThat(((HttpStatusCode) reversed[0]).value()).isEqualTo(400);
        assertThat(((JsonNode) reversed[1]).toString()).contains("\"from\"");
        assertThat(((HttpStatusCode) level[0]).value()).isEqualTo(400);
        assertThat(((JsonNode) level[1]).toString()).contains("\"level\"");
    }

    /** What the sandbox says each object of the level spent over the period, summed from its daily rows. */
    private Map<String, BigDecimal> sandboxSpend(String account, String level, LocalDate from, LocalDate to) {
        String idField = level.equals("account") ? "account_id" : level + "_id";
        List<Map<String, Object>> rows = graph.readAll(
                SANDBOX_USER,
                account,
                "insights",
                "spend," + idField,
                Map.of(
                        "level",
                        level,
                        "time_increment",
                        "1",
                        "time_range",
                        "{\"since\":\"" + from + "\",\"until\":\"" + to + "\"}"),
                ROWS);
        Map<String, BigDecimal> spend = new HashMap<>();
        for (Map<String, Object> row : rows) {
            String id = (String) row.get(idField);
            spend.merge(
                    level.equals("account") ? "act_" + id : id,
                    new BigDecimal((String) row.get("spend")),
                    BigDecimal::add);
        }
        spend.replaceAll((id, amount) -> amount.stripTrailingZeros());
        return spend;
    }

    /** Each campaign's actions over the period by action type, and its reach, summed from the sandbox's daily rows. */
    @SuppressWarnings("unchecked")
    private Map<String, Map<String, Long>> sandboxActions(String account, LocalDate from, LocalDate to) {
        List<Map<String, Object>> rows = graph.readAll(
                SANDBOX_USER,
                account,
                "insights",
                "campaign_id,reach,actions",
                Map.of(
                        "level",
                        "campaign",
                        "time_increment",
                        "1",
                        "time_range",
                        "{\"since\":\"" + from + "\",\"until\":\"" + to + "\"}"),
                ROWS);
        Map<String, Map<String, Long>> actions = new HashMap<>();
        for (Map<String, Object> row : rows) {
            Map<String, Long> campaign =
                    actions.computeIfAbsent((String) row.get("campaign_id"), id -> new HashMap<>());
            campaign.merge("reach", Long.parseLong((String) row.get("reach")), Long::sum);
            for (Map<String, String> action : (List<Map<String, String>>) row.getOrDefault("actions", List.of())) {
                campaign.merge(action.get("action_type"), Long.parseLong(action.get("value")), Long::sum);
            }
        }
        return actions;
    }

    private Map<String, BigDecimal> servedSpend(String level, String account, LocalDate from, LocalDate to) {
        Map<String, BigDecimal> spend = new HashMap<>();
        stats("from=" + from + "&to=" + to + "&level=" + level + "&accountId=" + account)
                .get("rows")
                .forEach(row -> spend.put(
                        row.get("id").asString(),
                        row.get("spend").decimalValue().stripTrailingZeros()));
        return spend;
    }

    private JsonNode stats(String query) {
        return http().get().uri("/meta/stats?" + query).retrieve().body(JsonNode.class);
    }

    private void arm(Map<String, Object> fault) {
        sandbox().post().uri("/sandbox/graph/faults").body(fault).retrieve().toBodilessEntity();
    }

    private RestClient http() {
        return RestClient.create("http://127.0.0.1:" + port);
    }

    private static RestClient sandbox() {
        return RestClient.create(SandboxFixture.baseUrl());
    }

    static Object event(ConsumerRecord<String, byte[]> record) {
        return new CloudEventDeserializer()
                .deserialize(record.topic(), record.headers(), record.value())
                .data();
    }
}
