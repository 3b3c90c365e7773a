package com.targetbot.meta.stats;

import com.targetbot.kit.web.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class StatsController {

    private final SnapshotRepository snapshots;
    private final PeriodStats stats;

    StatsController(SnapshotRepository snapshots, PeriodStats stats) {
        this.snapshots = snapshots;
        this.stats = stats;
    }

    /**
     * A period's statistics ({@code from}, {@code to}, {@code level}, optional {@code accountId}, {@code campaignId});
     * without any of them, the overview of accounts and campaigns as last synced, which the dashboard reads.
     */
    @GetMapping("/meta/stats")
    Object stats(
            @RequestParam(required = false) @Nullable String from,
            @RequestParam(required = false) @Nullable String to,
            @RequestParam(required = false) @Nullable String level,
            @RequestParam(required = false) @Nullable String accountId,
            @RequestParam(required = false) @Nullable String campaignId) {
        if (from == null && to == null && level == null && accountId == null && campaignId == null) {
            return snapshots
                    .find()
                    .orElseThrow(() -> new NotFoundException("No Meta synchronisation has finished yet"));
        }
        return stats.period(stats.validate(from, to, level, accountId, campaignId));
    }

    /** The same statistics day by day, each day with its rows and totals. */
    @GetMapping("/meta/stats/daily")
    PeriodStats.Daily daily(
            @RequestParam(required = false) @Nullable String from,
            @RequestParam(required = false) @Nullable String to,
            @RequestParam(required = false) @Nullable String level,
            @RequestParam(required = false) @Nullable String accountId,
            @RequestParam(required = false) @Nullable String campaignId) {
        return stats.daily(stats.validate(from, to, level, accountId, campaignId));
    }
}
