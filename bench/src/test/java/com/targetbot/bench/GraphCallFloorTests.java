package com.targetbot.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GraphCallFloorTests {

    @Test
    void everyEdgeTakesAPagePerHundredObjectsAndAnEmptyEdgeStillOneCall() {
        assertThat(GraphCallFloor.pages(0, 100)).isEqualTo(1);
        assertThat(GraphCallFloor.pages(100, 100)).isEqualTo(1);
        assertThat(GraphCallFloor.pages(101, 100)).isEqualTo(2);
        assertThat(GraphCallFloor.pages(4_000, 100)).isEqualTo(40);
    }

    @Test
    void aFirstSyncNeedsTheAccountListTheStructurePagesAndPerLevelAReportRunWithItsPages() {
        var large = new GraphCallFloor.AccountData(
                "act_2000001",
                200,
                400,
                4_000,
                Map.of("account", 64L, "campaign", 4_000L, "adset", 8_000L, "ad", 160_000L));
        var empty = new GraphCallFloor.AccountData("act_1000003", 0, 0, 0, Map.of());

        Map<String, Long> minimum = GraphCallFloor.minimum(List.of(large, empty), true);

        assertThat(minimum)
                .containsEntry("ad accounts", 1L)
                // 2 + 4 + 40 pages for the large account, one empty page per edge for the other.
                .containsEntry("structure pages", 46L + 3L)
                .containsEntry("report runs (start + status)", 2L * 4 * 2)
                // 1 + 8 + 16 + 320 pages of 500 rows; one (empty) page per level for the other.
                .containsEntry("insights pages", 345L + 4L);
    }

    @Test
    void aShortRangeIsReadWithoutReportRuns() {
        var account = new GraphCallFloor.AccountData("act_1000001", 30, 60, 120, Map.of("ad", 700L));

        assertThat(GraphCallFloor.minimum(List.of(account), false))
                .containsEntry("report runs (start + status)", 0L)
                .containsEntry("insights pages", 3L + 2L);
    }

    @Test
    void callsAreToldApartByTheirPathShape() {
        assertThat(GraphCallFloor.kindOf("GET /v/me/adaccounts")).isEqualTo("ad accounts");
        assertThat(GraphCallFloor.kindOf("GET /v/act/ads")).isEqualTo("structure pages");
        assertThat(GraphCallFloor.kindOf("POST /v/act/insights")).isEqualTo("report runs (start + status)");
        assertThat(GraphCallFloor.kindOf("GET /v/id")).isEqualTo("report runs (start + status)");
        assertThat(GraphCallFloor.kindOf("GET /v/id/insights")).isEqualTo("insights pages");
        assertThat(GraphCallFloor.kindOf("GET /v/debug_token")).isNull();
        assertThat(GraphCallFloor.kindOf("GET /v/me/accounts")).isNull();
    }
}
