package com.targetbot.leads;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.targetbot.events.CloudEventHeaders;
import com.targetbot.events.leads.CreateLead;
import com.targetbot.events.leads.DeleteLead;
import com.targetbot.events.leads.LeadStatus;
import com.targetbot.events.leads.MetaAd;
import com.targetbot.events.leads.UpdateLead;
import com.targetbot.events.leads.Utm;
import com.targetbot.testkit.KafkaFixture;
import com.targetbot.testkit.Leads;
import com.targetbot.testkit.TopicProbe;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.redis.core.StringRedisTemplate;
import tools.jackson.databind.JsonNode;

/** Updates, erasure, duplicates, filtered and paged queries and the stats, over real Kafka and Redis. */
class LeadLifecycleIT extends LeadsIntegration {

    private static final Duration POLL = Duration.ofMillis(200);

    @Autowired
    StringRedisTemplate redis;

    @Test
    void updateChangesOnlyWhatIsSetAndKeepsTheStatusHistory() throws Exception {
        var create = create("Иван", uniquePhone(), null);
        publish(create);
        awaitLead(create.leadId());
        JsonNode before = stats();

        publish(new UpdateLead(
                create.leadId(), LeadStatus.IN_PROGRESS, "manager1", null, Instant.now(), "admin:manager1"));
        publish(new UpdateLead(create.leadId(), null, null, "Перезвонить завтра", Instant.now(), "admin:manager1"));
        publish(new UpdateLead(create.leadId(), LeadStatus.WON, null, null, Instant.now(), "admin:boss"));

        JsonNode lead = await().until(
                        () -> lead(create.leadId()),
                        found -> found.map(node -> node.get("status").asString().equals("won"))
                                .orElse(false))
                .orElseThrow();
        assertThat(lead.get("assignee").asString()).isEqualTo("manager1");
        assertThat(lead.get("comment").asString()).isEqualTo("Перезвонить завтра");
        assertThat(lead.get("name").asString()).isEqualTo("Иван");
        assertThat(lead.get("updatedAt").isNull()).isFalse();
        assertThat(lead.get("history").valueStream().toList())
                .extracting(entry -> entry.get("from").asString() + ">"
                        + entry.get("to").asString() + " by " + entry.get("by").asString())
                .containsExactly("new>in_progress by admin:manager1", "in_progress>won by admin:boss");
        JsonNode after = stats();
        assertThat(after.get("byStatus").get("won").asLong())
                .isEqualTo(before.get("byStatus").get("won").asLong() + 1);
        assertThat(after.get("byStatus").get("new").asLong())
                .isEqualTo(before.get("byStatus").get("new").asLong() - 1);
        assertThat(after.get("total").asLong()).isEqualTo(before.get("total").asLong());
        try (var probe = new TopicProbe(KafkaFixture.bootstrapServers(), "leads.events")) {
            await().untilAsserted(() -> assertThat(probe.about(create.leadId(), POLL))
                    .extracting(record -> TopicProbe.header(record, CloudEventHeaders.TYPE))
                    .containsExactly(
                            "com.targetbot.lead.created.v2",
                            "com.targetbot.lead.status_changed.v2",
                            "com.targetbot.lead.updated.v1",
                            "com.targetbot.lead.updated.v1",
                            "com.targetbot.lead.status_changed.v2"));
            // A status change names the lead and its owner, so no consumer has to ask for them.
            assertThat(probe.about(create.leadId(), POLL))
                    .filteredOn(record -> TopicProbe.header(record, CloudEventHeaders.TYPE)
                            .equals("com.targetbot.lead.status_changed.v2"))
                    .hasSize(2)
                    .extracting(record -> json.readTree(record.value()))
                    .allSatisfy(data -> {
                        assertThat(data.get("name").asString()).isEqualTo("Иван");
                        assertThat(data.get("createdBy").asString()).isEqualTo(create.requestedBy());
                    });
        }
    }

    @Test
    void deleteErasesTheLeadEveryIndexEntryAndItsCounts() throws Exception {
        String phone = uniquePhone();
        String email = "erase-" + UUID.randomUUID() + "@example.com";
        String name = "Стереть" + UUID.randomUUID();
        var create = create(name, phone, email);
        publish(create);
        awaitLead(create.leadId());
        JsonNode before = stats();

        publish(new DeleteLead(create.leadId(), Instant.now(), "admin:dpo"));

        await().until(() -> lead(create.leadId()).isEmpty());
        JsonNode after = stats();
        assertThat(after.get("total").asLong()).isEqualTo(before.get("total").asLong() - 1);
        assertThat(after.get("today").asLong()).isEqualTo(before.get("today").asLong() - 1);
        assertThat(after.get("byStatus").get("new").asLong())
                .isEqualTo(before.get("byStatus").get("new").asLong() - 1);
        assertThat(after.get("bySource").get("api").asLong())
                .isEqualTo(before.get("bySource").get("api").asLong() - 1);
        assertThat(ids("/leads?phone={p}", phone)).isEmpty();
        assertThat(ids("/leads?email={e}", email)).isEmpty();
        assertThat(ids("/leads?q={q}", name)).isEmpty();
        assertThat(ids("/leads?limit=200")).doesNotContain(create.leadId());
        assertThat(redis.hasKey("leads:idx:phone:" + phone)).isFalse();
        assertThat(redis.opsForZSet().score("leads:by-created", create.leadId()))
                .isNull();
        try (var probe = new TopicProbe(KafkaFixture.bootstrapServers(), "leads.events")) {
            await().untilAsserted(() -> assertThat(probe.about(create.leadId(), POLL))
                    .last()
                    .satisfies(deleted -> {
                        assertThat(TopicProbe.header(deleted, CloudEventHeaders.TYPE))
                                .isEqualTo("com.targetbot.lead.deleted.v1");
                        assertThat(new String(deleted.value())).doesNotContain(phone, email, name);
                    }));
        }
    }

    @Test
    void leadWithTheSamePhoneOrEmailIsStoredAsADuplicateOfTheFirst() throws Exception {
        String phone = uniquePhone();
        String email = "dup-" + UUID.randomUUID() + "@example.com";
        var original = create("Первая", phone, null);
        var samePhone = create("Вторая", phone, null);
        var sameEmail = create("Третья", null, email.toUpperCase());
        var emailOriginal = create("Четвёртая", null, email);
        var withBoth = create("Пятая", phone, email);

        for (CreateLead command : List.of(original, samePhone, emailOriginal, sameEmail, withBoth)) {
            publish(command);
            awaitLead(command.leadId());
        }

        assertThat(awaitLead(original.leadId()).get("duplicateOf").isNull()).isTrue();
        assertThat(awaitLead(samePhone.leadId()).get("duplicateOf").asString()).isEqualTo(original.leadId());
        assertThat(awaitLead(emailOriginal.leadId()).get("duplicateOf").isNull())
                .isTrue();
        assertThat(awaitLead(sameEmail.leadId()).get("duplicateOf").asString()).isEqualTo(emailOriginal.leadId());
        assertThat(awaitLead(withBoth.leadId()).get("duplicateOf").asString()).isEqualTo(original.leadId());
        assertThat(ids("/leads?phone={p}", phone.substring(1)))
                .containsExactly(withBoth.leadId(), samePhone.leadId(), original.leadId());
    }

    @Test
    void leadsWithOnePhoneStoredAtTheSameMomentOnDifferentPartitionsStillFindEachOther() throws Exception {
        var pairs = new ArrayList<List<CreateLead>>();
        var sent = new ArrayList<java.util.concurrent.CompletableFuture<?>>();
        for (int i = 0; i < 20; i++) {
            String phone = uniquePhone();
            var pair = List.of(create("Пара A" + i, phone, null), create("Пара B" + i, phone, null));
            pairs.add(pair);
            // Sent together without waiting: the two ids land on different partitions about half the time,
            // where the service's consumers store them concurrently.
            pair.forEach(command -> sent.add(publisher.publish(command)));
        }
        for (var future : sent) {
            future.get(10, TimeUnit.SECONDS);
        }

        for (var pair : pairs) {
            JsonNode first = awaitLead(pair.get(0).leadId());
            JsonNode second = awaitLead(pair.get(1).leadId());
            var marks = List.of(first.get("duplicateOf"), second.get("duplicateOf"));
            assertThat(marks)
                    .as(
                            "exactly one of %s and %s is the other's duplicate",
                            pair.get(0).leadId(), pair.get(1).leadId())
                    .filteredOn(mark -> !mark.isNull())
                    .singleElement()
                    .satisfies(mark -> assertThat(mark.asString())
                            .isIn(pair.get(0).leadId(), pair.get(1).leadId()));
        }
    }

    @Test
    void cursorPagesNeitherRepeatNorSkipWhileNewLeadsArrive() throws Exception {
        String phone = uniquePhone();
        var created = new ArrayList<String>();
        for (int i = 0; i < 5; i++) {
            var command = create("Page " + i, phone, null);
            publish(command);
            awaitLead(command.leadId());
            created.add(command.leadId());
        }

        JsonNode first = page("/leads?phone={p}&limit=2", phone);
        var newcomer = create("Newcomer", phone, null);
        publish(newcomer);
        awaitLead(newcomer.leadId());
        JsonNode second = page(
                "/leads?phone={p}&limit=2&cursor={c}",
                phone,
                first.get("nextCursor").asString());
        JsonNode third = page(
                "/leads?phone={p}&limit=2&cursor={c}",
                phone,
                second.get("nextCursor").asString());

        var seen = new ArrayList<String>();
        for (JsonNode page : List.of(first, second, third)) {
            page.get("items")
                    .valueStream()
                    .forEach(item -> seen.add(item.get("id").asString()));
        }
        assertThat(seen).containsExactlyElementsOf(created.reversed());
        assertThat(third.get("nextCursor").isNull()).as("the last page says so").isTrue();
        assertThat(ids("/leads?phone={p}&limit=1", phone)).containsExactly(newcomer.leadId());
    }

    @Test
    void filtersCombineStatusSourceAssigneeAndDateRange() throws Exception {
        Instant from = Instant.now().minusSeconds(1);
        String assignee = "manager-" + UUID.randomUUID();
        var won = create("Won", uniquePhone(), null);
        var other = create("Other", uniquePhone(), null);
        // One after the other: leads are ordered by the time leads-service stored them, and two commands on
        // different partitions may be stored in either order.
        publish(won);
        awaitLead(won.leadId());
        publish(other);
        awaitLead(other.leadId());
        publish(new UpdateLead(won.leadId(), LeadStatus.WON, assignee, null, Instant.now(), "admin:m"));
        publish(new UpdateLead(other.leadId(), null, assignee, null, Instant.now(), "admin:m"));
        await().until(() -> ids("/leads?assignee={a}&status=won", assignee), ids -> !ids.isEmpty());
        Instant to = Instant.now().plusSeconds(1);

        assertThat(ids("/leads?assignee={a}&status=won", assignee)).containsExactly(won.leadId());
        assertThat(ids("/leads?assignee={a}", assignee)).containsExactly(other.leadId(), won.leadId());
        assertThat(ids("/leads?assignee={a}&source=telegram", assignee)).isEmpty();
        assertThat(ids("/leads?status=won&source=api&from={f}&to={t}&limit=200", from, to))
                .contains(won.leadId())
                .doesNotContain(other.leadId());
        assertThat(ids("/leads?assignee={a}&to={t}", assignee, from)).isEmpty();
    }

    @Test
    void namePrefixFindsLeadsCaseInsensitivelyThroughTheLexIndex() throws Exception {
        String prefix = "Zq" + ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999);
        var anna = create(prefix + " Анна", uniquePhone(), null);
        var boris = create(prefix + " Борис", uniquePhone(), null);
        publish(anna);
        publish(boris);
        awaitLead(anna.leadId());
        awaitLead(boris.leadId());

        assertThat(ids("/leads?q={q}", prefix.toLowerCase())).containsExactly(anna.leadId(), boris.leadId());
        assertThat(ids("/leads?q={q}", prefix.toUpperCase() + " б")).containsExactly(boris.leadId());
    }

    @Test
    void searchFindsALeadByItsNumberATypedPhoneAnEmailOrAWordAndKeepsTheFilters() throws Exception {
        String digits = Long.toString(ThreadLocalRandom.current().nextLong(1_000_000L, 9_999_999L));
        String email = "Search-" + UUID.randomUUID() + "@Example.com";
        var lead = create("Поиск Ёлкина", "+7999" + digits, email);
        publish(lead);
        String number = awaitLead(lead.leadId()).get("number").asString();
        String typed = "8 999 " + digits.substring(0, 3) + "-" + digits.substring(3, 5) + "-" + digits.substring(5);

        assertThat(ids("/leads?q={q}", number)).containsExactly(lead.leadId());
        assertThat(ids("/leads?q={q}", "№" + number)).containsExactly(lead.leadId());
        assertThat(ids("/leads?q={q}", typed)).containsExactly(lead.leadId());
        assertThat(ids("/leads?q={q}", email.toUpperCase())).containsExactly(lead.leadId());
        assertThat(ids("/leads?q={q}&limit=200", "елк")).contains(lead.leadId());
        assertThat(ids("/leads?q={q}&status=won", number)).isEmpty();
        assertThat(ids("/leads?q={q}&status=won", typed)).isEmpty();
        assertThat(ids("/leads?q={q}&phone=79990000000", typed)).isEmpty();
    }

    @Test
    void aNameSearchCursorIsNoPageCursor() {
        assertThatProblem(
                        http.get().uri("/leads?q=anna&cursor=bm90LWEtY3Vyc29y").exchange())
                .hasStatus(400)
                .hasFieldError("cursor", "invalid_format");
    }

    @Test
    void statsCountTodayYesterdayAndTheLastThirtyDays() throws Exception {
        JsonNode before = stats();
        var command = create("Stats", uniquePhone(), null);
        publish(command);
        awaitLead(command.leadId());

        JsonNode after = stats();
        assertThat(after.get("today").asLong()).isEqualTo(before.get("today").asLong() + 1);
        assertThat(after.get("yesterday").asLong())
                .isEqualTo(before.get("yesterday").asLong());
        assertThat(after.get("byDay")).hasSize(30);
        assertThat(after.get("byDay").get(29).get("count").asLong())
                .isEqualTo(after.get("today").asLong());
        assertThat(after.get("byDay").get(28).get("count").asLong())
                .isEqualTo(after.get("yesterday").asLong());
        assertThat(after.get("byStatus").propertyNames()).containsExactly("new", "in_progress", "won", "lost", "spam");
        assertThat(after.get("bySource").get("api").asLong())
                .isEqualTo(before.get("bySource").get("api").asLong() + 1);
    }

    @Test
    void exportOfATimeRangeStreamsExactlyTheLeadsCreatedInIt() throws Exception {
        var createdAt = new ArrayList<String>();
        var created = new ArrayList<String>();
        for (int i = 0; i < 4; i++) {
            var command = create("Export " + i, uniquePhone(), null);
            publish(command);
            createdAt.add(awaitLead(command.leadId()).get("createdAt").asString());
            created.add(command.leadId());
        }

        String export = http.get()
                .uri("/leads/export?from={f}&to={t}", createdAt.get(1), createdAt.get(3))
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(String.class)
                .returnResult()
                .getResponseBody();

        assertThat(export.lines().map(line -> json.readTree(line).get("id").asString()))
                .containsExactly(created.get(1), created.get(2));
    }

    @Test
    void malformedCursorOrStatusIsABadRequestNamingTheParameter() {
        for (String[] query : List.of(new String[] {"cursor", "bm90LWEtY3Vyc29y"}, new String[] {"status", "closed"})) {
            assertThatProblem(http.get()
                            .uri("/leads?" + query[0] + "=" + query[1])
                            .exchange())
                    .hasStatus(400)
                    .hasFieldErrorsOn(query[0]);
        }
    }

    private static CreateLead create(String name, String phone, String email) {
        return Leads.createLead()
                .name(name)
                .phone(phone)
                .email(email)
                .utm(new Utm("facebook", "cpc", "autumn", null, null))
                .meta(new MetaAd("1202", null, null))
                .build();
    }

    private static String uniquePhone() {
        return "+7999" + ThreadLocalRandom.current().nextLong(1_000_000L, 9_999_999L);
    }

    private JsonNode stats() {
        return page("/leads/stats");
    }
}
