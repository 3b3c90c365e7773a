package com.targetbot.meta.projects;

import com.targetbot.meta.stats.PeriodStats;
import com.targetbot.meta.stats.PeriodStats.Row;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * A project's figures over a period: the Meta statistics of its campaigns and the leads TargetBot got for it, with
 * the cost per lead the client pays (spend ÷ leads). Meta's days are the ad accounts' own; the leads' days are the
 * project's zone.
 */
@Service
public class ProjectFigures {

    private final PeriodStats stats;
    private final ProjectLeads leads;

    ProjectFigures(PeriodStats stats, ProjectLeads leads) {
        this.stats = stats;
        this.leads = leads;
    }

    public Figures of(ProjectRecord record, LocalDate from, LocalDate to) {
        var project = record.project();
        PeriodStats.Period period =
                stats.campaigns(from, to, new HashSet<>(project.adAccountIds()), new HashSet<>(project.campaignIds()));
        ZoneId zone = ZoneId.of(project.timeZone());
        var start = from.atStartOfDay(zone).toInstant();
        var end = to.plusDays(1).atStartOfDay(zone).toInstant();
        long leadCount = leads.count(project.id(), start, end);
        long qualified = leads.qualified(project.id(), start, end);
        @Nullable Row total = period.totals().stream()
                .filter(row -> row.currency().equals(project.currency()))
                .findFirst()
                .orElse(null);
        BigDecimal spend = total == null ? BigDecimal.ZERO : total.spend();
        return new Figures(
                project.id(),
                project.name(),
                from,
                to,
                project.timeZone(),
                project.currency(),
                spend,
                total == null ? 0 : total.impressions(),
                total == null ? 0 : total.clicks(),
                total == null ? 0 : total.leads(),
                leadCount,
                qualified,
                ratio(spend, leadCount),
                ratio(spend, qualified),
                project.kpi().targetCostPerLead(),
                period.attribution(),
                period.rows(),
                period.totals());
    }

    private static @Nullable BigDecimal ratio(BigDecimal spend, long count) {
        return count == 0 ? null : spend.divide(BigDecimal.valueOf(count), 2, RoundingMode.HALF_UP);
    }

    /**
     * @param spend what its campaigns spent in the project's currency (campaigns in other currencies are in
     *     {@code totals} only)
     * @param metaLeads the leads Meta counted for its campaigns (its attribution windows)
     * @param leads the leads TargetBot got for the project, created in the period in the project's zone
     * @param qualifiedLeads those someone worked and did not mark spam (in progress, won, lost)
     * @param costPerLead spend ÷ leads; null without leads
     * @param costPerQualifiedLead spend ÷ qualified leads
     * @param targetCostPerLead the project's KPI, when set
     * @param campaigns its campaigns' rows, by spend
     * @param totals one row per currency
     */
    public record Figures(
            String projectId,
            String name,
            LocalDate from,
            LocalDate to,
            String timeZone,
            String currency,
            BigDecimal spend,
            long impressions,
            long clicks,
            long metaLeads,
            long leads,
            long qualifiedLeads,
            @Nullable BigDecimal costPerLead,
            @Nullable BigDecimal costPerQualifiedLead,
            @Nullable BigDecimal targetCostPerLead,
            String attribution,
            List<Row> campaigns,
            List<Row> totals) {}
}
