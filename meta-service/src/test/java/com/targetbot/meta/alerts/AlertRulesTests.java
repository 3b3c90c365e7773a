package com.targetbot.meta.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import com.targetbot.events.projects.AlertRule;
import com.targetbot.events.projects.ProjectKpi;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class AlertRulesTests {

    private static final ProjectKpi TARGETS = new ProjectKpi(new BigDecimal("500"), new BigDecimal("1000"), null, 10);

    @Test
    void costPerLeadWithinTheToleranceIsQuietAndAboveItFires() {
        assertThat(AlertRules.day(new BigDecimal("1100.00"), 2, TARGETS)).isEmpty();

        var findings = AlertRules.day(new BigDecimal("1000.00"), 1, TARGETS);

        assertThat(findings).extracting(AlertRules.Finding::rule).containsExactly(AlertRule.CPL_ABOVE_TARGET);
        assertThat(findings.getFirst().figures())
                .containsEntry("costPerLead", new BigDecimal("1000.00"))
                .containsEntry("targetCostPerLead", new BigDecimal("500"))
                .containsEntry("leads", BigDecimal.ONE);
    }

    @Test
    void noLeadsFiresOnceTheSpendPassesWhatOneLeadMayCost() {
        assertThat(AlertRules.day(new BigDecimal("550.00"), 0, TARGETS)).isEmpty();

        assertThat(AlertRules.day(new BigDecimal("550.01"), 0, TARGETS))
                .singleElement()
                .satisfies(finding -> assertThat(finding.figures()).doesNotContainKey("costPerLead"));
    }

    @Test
    void spendAboveTheDailyBudgetAndItsToleranceFires() {
        var findings = AlertRules.day(new BigDecimal("1100.01"), 10, TARGETS);

        assertThat(findings).extracting(AlertRules.Finding::rule).containsExactly(AlertRule.DAILY_BUDGET_EXCEEDED);
        assertThat(findings.getFirst().figures()).containsEntry("dailyBudget", new BigDecimal("1000"));
        assertThat(AlertRules.day(new BigDecimal("1100.00"), 10, TARGETS)).isEmpty();
    }

    @Test
    void aProjectWithoutTargetsIsNeverOffCourse() {
        assertThat(AlertRules.day(new BigDecimal("99999"), 0, ProjectKpi.NONE)).isEmpty();
    }
}
