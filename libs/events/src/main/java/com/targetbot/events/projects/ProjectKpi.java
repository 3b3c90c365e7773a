package com.targetbot.events.projects;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * What the client pays for and expects, in the project's currency; each target only when set.
 *
 * @param targetCostPerLead the cost per lead the project aims at
 * @param dailyBudget what it may spend a day
 * @param monthlyBudget what it may spend a calendar month
 * @param tolerancePercent how far above a target a figure may go before it counts as off target
 */
public record ProjectKpi(
        @Nullable BigDecimal targetCostPerLead,
        @Nullable BigDecimal dailyBudget,
        @Nullable BigDecimal monthlyBudget,
        int tolerancePercent) {

    /** No targets yet, with the tolerance a new project starts with. */
    public static final ProjectKpi NONE = new ProjectKpi(null, null, null, 10);
}
