package com.targetbot.meta.alerts;

import com.targetbot.events.projects.AlertAudience;
import com.targetbot.events.projects.AlertRule;
import com.targetbot.events.projects.ProjectKpi;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** The day rules: what a project's figures of one day say against its targets. Pure, so each rule is tested alone. */
final class AlertRules {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private AlertRules() {}

    /** A rule that fired, with the figures it saw. */
    record Finding(AlertRule rule, Map<String, BigDecimal> figures) {}

    /** Who hears a rule unless the project says otherwise: money goes to the agency and the manager, not the client. */
    static Set<AlertAudience> defaultAudience(AlertRule rule) {
        return switch (rule) {
            case ACCOUNT_PROBLEM -> Set.of(AlertAudience.AGENCY_CHAT, AlertAudience.MANAGER, AlertAudience.ADMINS);
            default -> Set.of(AlertAudience.AGENCY_CHAT, AlertAudience.MANAGER);
        };
    }

    /**
     * The findings for one day: cost per lead above the target plus tolerance (no leads at all counts once the spend
     * passes that threshold), and spend above the daily budget plus tolerance.
     */
    static List<Finding> day(BigDecimal spend, long leads, ProjectKpi kpi) {
        List<Finding> findings = new ArrayList<>();
        BigDecimal target = kpi.targetCostPerLead();
        if (target != null && spend.signum() > 0) {
            BigDecimal limit = withTolerance(target, kpi.tolerancePercent());
            @Nullable BigDecimal costPerLead =
                    leads == 0 ? null : spend.divide(BigDecimal.valueOf(leads), 2, RoundingMode.HALF_UP);
            boolean over = costPerLead == null ? spend.compareTo(limit) > 0 : costPerLead.compareTo(limit) > 0;
            if (over) {
                Map<String, BigDecimal> figures = figures(spend, kpi);
                figures.put("leads", BigDecimal.valueOf(leads));
                if (costPerLead != null) {
                    figures.put("costPerLead", costPerLead);
                }
                figures.put("targetCostPerLead", target);
                findings.add(new Finding(AlertRule.CPL_ABOVE_TARGET, figures));
            }
        }
        BigDecimal budget = kpi.dailyBudget();
        if (budget != null && spend.compareTo(withTolerance(budget, kpi.tolerancePercent())) > 0) {
            Map<String, BigDecimal> figures = figures(spend, kpi);
            figures.put("dailyBudget", budget);
            findings.add(new Finding(AlertRule.DAILY_BUDGET_EXCEEDED, figures));
        }
        return findings;
    }

    private static Map<String, BigDecimal> figures(BigDecimal spend, ProjectKpi kpi) {
        Map<String, BigDecimal> figures = new LinkedHashMap<>();
        figures.put("spend", spend);
        figures.put("tolerancePercent", BigDecimal.valueOf(kpi.tolerancePercent()));
        return figures;
    }

    private static BigDecimal withTolerance(BigDecimal target, int tolerancePercent) {
        return target.multiply(HUNDRED.add(BigDecimal.valueOf(tolerancePercent)))
                .divide(HUNDRED, 2, RoundingMode.HALF_UP);
    }
}
