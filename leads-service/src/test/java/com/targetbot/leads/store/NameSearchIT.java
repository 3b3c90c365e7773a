package com.targetbot.leads.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.targetbot.events.leads.LeadDeleted;
import com.targetbot.events.leads.LeadStatus;
import com.targetbot.testkit.Leads;
import com.targetbot.testkit.RedisFixture;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;

/** Name search through the word index: any word's prefix, filters, cursor pages, and a bounded read per page. */
class NameSearchIT {

    private static LettuceConnectionFactory connections;
    private static LeadWrites writes;
    private static LeadQueries queries;

    @BeforeAll
    static void connect() {
        // A database of its own: LeadsRebuildIT compares the service's whole keyspace before and after a rebuild.
        connections = RedisFixture.connect(9);
        var redis = new StringRedisTemplate(connections);
        queries = new LeadQueries(redis);
        writes = StoreFixture.writes(redis);
    }

    @AfterAll
    static void disconnect() {
        connections.destroy();
    }

    @Test
    void aLeadIsFoundByThePrefixOfAnyWordOfItsNameOnce() {
        String surname = unique("Петров");
        Lead anna = store("Анна " + surname + "-" + surname + "а", LeadStatus.NEW);

        assertThat(ids(queries.byName(surname.substring(0, 8), LeadFilter.NONE, null, 50)))
                .containsExactly(anna.id());
        assertThat(ids(queries.byName("АНН " + surname, LeadFilter.NONE, null, 50)))
                .containsExactly(anna.id());
        assertThat(ids(queries.byName(surname + " борис", LeadFilter.NONE, null, 50)))
                .isEmpty();
    }

    @Test
    void pagesWalkEveryMatchOnceAndCombineWithFilters() {
        String word = unique("Пачка");
        var stored = new ArrayList<String>();
        var won = new ArrayList<String>();
        for (int i = 0; i < 120; i++) {
            Lead lead = store(word + " " + i, i % 10 == 0 ? LeadStatus.WON : LeadStatus.NEW);
            stored.add(lead.id());
            if (lead.status() == LeadStatus.WON) {
                won.add(lead.id());
            }
        }

        List<String> walked = walk(word, LeadFilter.NONE, 50);
        List<String> wonOnly = walk(word, new LeadFilter(LeadStatus.WON, null, null, null, null, null, null, null), 5);

        assertThat(walked).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(stored);
        assertThat(wonOnly).containsExactlyInAnyOrderElementsOf(won);
    }

    @Test
    void aPageReadsABoundedPartOfTheIndexHoweverFewLeadsMatch() {
        String word = unique("Много");
        for (int i = 0; i < LeadQueries.NAME_READ_BUDGET + 300; i++) {
            store(word + " " + i, LeadStatus.NEW);
        }
        Lead last = store(word + " последний", LeadStatus.WON);
        var wonOnly = new LeadFilter(LeadStatus.WON, null, null, null, null, null, null, null);

        LeadPage first = queries.byName(word, wonOnly, null, 50);

        // The budget ran out before the one match: an empty page that says where to go on.
        assertThat(first.items()).isEmpty();
        assertThat(first.nextCursor()).isNotNull();
        LeadPage second = queries.byName(word, wonOnly, NameCursor.decode(first.nextCursor()), 50);
        assertThat(ids(second)).containsExactly(last.id());
        assertThat(second.nextCursor()).isNull();
    }

    @Test
    void aSearchWalksItsRarestWordSoACommonFirstWordCostsNothing() {
        String common = unique("Частое");
        String rare = unique("Редкое");
        for (int i = 0; i < LeadQueries.NAME_READ_BUDGET + 300; i++) {
            store(common + " " + i, LeadStatus.NEW);
        }
        Lead wanted = store(common + " " + rare, LeadStatus.NEW);

        LeadPage page = queries.byName(common + " " + rare.substring(0, 8), LeadFilter.NONE, null, 50);

        assertThat(ids(page)).containsExactly(wanted.id());
        assertThat(page.nextCursor()).isNull();
    }

    @Test
    void anErasedLeadLeavesTheNameIndex() {
        String word = unique("Стереть");
        Lead lead = store(word + " Иванов", LeadStatus.NEW);

        writes.apply(new LeadDeleted(lead.id(), Instant.now(), "admin:dpo"));

        assertThat(ids(queries.byName(word, LeadFilter.NONE, null, 50))).isEmpty();
        assertThat(queries.byName("иванов", LeadFilter.NONE, null, 200).items())
                .extracting(Lead::id)
                .doesNotContain(lead.id());
    }

    private static List<String> walk(String text, LeadFilter filter, int limit) {
        var ids = new ArrayList<String>();
        var cursors = new HashSet<String>();
        NameCursor after = null;
        while (true) {
            LeadPage page = queries.byName(text, filter, after, limit);
            ids.addAll(ids(page));
            if (page.nextCursor() == null) {
                return ids;
            }
            assertThat(cursors.add(page.nextCursor()))
                    .as("a cursor never repeats")
                    .isTrue();
            after = NameCursor.decode(page.nextCursor());
        }
    }

    private static Lead store(String name, LeadStatus status) {
        Lead lead = Lead.of(Leads.leadCreated()
                .name(name)
                .phone(null)
                .email(null)
                .status(status)
                .build());
        writes.insert(lead);
        return lead;
    }

    private static String unique(String word) {
        return word + ThreadLocalRandom.current().nextInt(100_000, 999_999);
    }

    private static List<String> ids(LeadPage page) {
        return page.items().stream().map(Lead::id).toList();
    }
}
