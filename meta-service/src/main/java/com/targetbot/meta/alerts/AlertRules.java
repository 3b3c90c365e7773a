package com.targetbot.meta.alerts;

import com.targetbot.events.meta.AdAccountChanged;
import com.targetbot.events.projects.AlertAudience;
import com.targetbot.events.projects.AlertRule;
import com.targetbot.events.projects.ProjectKpi;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** The day rules: what a project's figures of one day say against its targets. Pure, so each rule is tested alone. */
final class AlertRules {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final int ACTIVE = 1;
    static final int SPEND_CAP_WARNING_PERCENT = 90;

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

    /**
     * What is wrong with an ad account, as figures, or nothing: a status other than active (Meta's
     * {@code account_status}: 2 disabled, 3 unsettled, 7 pending review, …, with its {@code disable_reason}), or a
     * spend cap of which at least {@value #SPEND_CAP_WARNING_PERCENT} % is spent.
     */
    static Map<String, BigDecimal> accountProblem(AdAccountChanged account) {
        Map<String, BigDecimal> figures = new LinkedHashMap<>();
        if (account.accountStatus() != ACTIVE) {
            figures.put("accountStatus", BigDecimal.valueOf(account.accountStatus()));
            figures.put("disableReason", BigDecimal.valueOf(account.disableReason()));
        }
        BigDecimal cap = minorUnits(account.spendCap());
        BigDecimal spent = account.amountSpent() == null ? null : minorUnits(account.amountSpent());
        if (cap != null
                && cap.signum() > 0
                && spent != null
                && spent.multiply(HUNDRED).compareTo(cap.multiply(BigDecimal.valueOf(SPEND_CAP_WARNING_PERCENT)))
                        >= 0) {
            int digits = fractionDigits(account.currency());
            figures.put("spendCap", cap.movePointLeft(digits));
            figures.put("amountSpent", spent.movePointLeft(digits));
        }
        return figures;
    }

    /** Meta gives amounts in the currency's minor units: cents, kopecks, none for yen. */
    private static int fractionDigits(String currency) {
        try {
            return Math.max(0, Currency.getInstance(currency).getDefaultFractionDigits());
        } catch (IllegalArgumentException e) {
            return 2;
        }
    }

    private static @Nullable BigDecimal minorUnits(String amount) {
        try {
            return new BigDecimal(amount);
        } catch (NumberFormatException e) {
            return null;
        }
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
