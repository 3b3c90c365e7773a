package com.targetbot.meta.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import com.targetbot.events.meta.AdAccountChanged;
import com.targetbot.events.projects.AlertRule;
import com.targetbot.events.projects.ProjectKpi;
import java.math.BigDecimal;
import java.time.Instant;
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

    @Test
    void anAccountThatIsNotActiveOrNearlyAtItsSpendCapIsAProblem() {
        assertThat(AlertRules.accountProblem(account(1, "0", "500000"))).isEmpty();
        assertThat(AlertRules.accountProblem(account(1, "1000000", "899999"))).isEmpty();

        assertThat(AlertRules.accountProblem(account(1, "1000000", "900000")))
                .containsEntry("spendCap", new BigDecimal("10000.00"))
                .containsEntry("amountSpent", new BigDecimal("9000.00"))
                .doesNotContainKey("accountStatus");
        assertThat(AlertRules.accountProblem(account(3, "0", "10")))
                .containsEntry("accountStatus", BigDecimal.valueOf(3))
                .containsEntry("disableReason", BigDecimal.ZERO);
    }

    private static AdAccountChanged account(int status, String spendCap, String amountSpent) {
        return new AdAccountChanged(
                "act_1", "Клиника", "RUB", status, 0, "0", spendCap, 1, Instant.now(), amountSpent, "Visa *4242");
    }
}
