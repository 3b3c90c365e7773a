package com.targetbot.meta.stats;

import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.targetbot.kit.web.ProblemDetailsAdvice;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

@WebMvcTest(StatsController.class)
@Import(ProblemDetailsAdvice.class)
class StatsControllerTests {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    SnapshotRepository snapshots;

    // Period statistics have their own tests (AccountsSyncIT); without parameters the snapshot is served.
    @MockitoBean
    PeriodStats stats;

    @Test
    void answersNotFoundProblemWhenNoSyncHasFinished() throws Exception {
        given(snapshots.find()).willReturn(Optional.empty());

        mvc.perform(get("/meta/stats"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(404))
                .andExpect(jsonPath("$.title").value("Not Found"))
                .andExpect(jsonPath("$.detail").value("No Meta synchronisation has finished yet"))
                .andExpect(jsonPath("$.instance").value("/meta/stats"));
    }

    @Test
    void servesTheLatestSnapshotInTheContractShape() throws Exception {
        var snapshot = MetaSnapshot.of(
                Instant.parse("2026-03-01T10:15:30Z"),
                List.of(new MetaSnapshot.AdAccount(
                        "act_1",
                        "Agency RU",
                        "RUB",
                        1,
                        List.of(
                                new MetaSnapshot.Campaign("c1", "Leads", "ACTIVE", "OUTCOME_LEADS", 150000L),
                                new MetaSnapshot.Campaign("c2", "Old", "PAUSED", null, null)))));
        given(snapshots.find()).willReturn(Optional.of(snapshot));

        mvc.perform(get("/meta/stats"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.syncedAt").value("2026-03-01T10:15:30Z"))
                .andExpect(jsonPath("$.adAccounts[0].id").value("act_1"))
                .andExpect(jsonPath("$.adAccounts[0].name").value("Agency RU"))
                .andExpect(jsonPath("$.adAccounts[0].currency").value("RUB"))
                .andExpect(jsonPath("$.adAccounts[0].accountStatus").value(1))
                .andExpect(jsonPath("$.adAccounts[0].campaigns[0].id").value("c1"))
                .andExpect(jsonPath("$.adAccounts[0].campaigns[0].name").value("Leads"))
                .andExpect(jsonPath("$.adAccounts[0].campaigns[0].status").value("ACTIVE"))
                .andExpect(jsonPath("$.adAccounts[0].campaigns[0].objective").value("OUTCOME_LEADS"))
                .andExpect(jsonPath("$.adAccounts[0].campaigns[0].dailyBudget").value(150000))
                .andExpect(jsonPath("$.adAccounts[0].campaigns[1].dailyBudget").isEmpty())
                .andExpect(jsonPath("$.totals.adAccounts").value(1))
                .andExpect(jsonPath("$.totals.campaigns").value(2));
    }
}
