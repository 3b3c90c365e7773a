package com.targetbot.reports.periods;

import com.targetbot.events.reports.GenerateReport;
import com.targetbot.kit.agency.AgencyCalendar;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Resolves period names to calendar ranges in the agency's zone: {@code today} is [start of today, now),
 * {@code yesterday} [start of yesterday, start of today), {@code 7d} and {@code 30d} the last 7 and 30
 * calendar days including today, up to now.
 */
@Component
public class ReportPeriods {

    // The names commands may carry, as the bot's buttons and the gateway send them.

    private final Clock clock;
    private final AgencyCalendar calendar;

    ReportPeriods(Clock clock, AgencyCalendar calendar) {
        this.clock = clock;
        this.calendar = calendar;
    }

    /**
     * The range a report requested at {@code requestedAt} covers. "Now" is the moment of the request, not of
     * its handling, so a report queued over midnight or generated again after a crash covers what was asked;
     * it is never later than this service's clock, so a sender's clock running ahead cannot reach the future.
     *
     * @param period a period name, or {@code null} for every lead
     * @throws UnknownPeriodException when {@code period} is none of {@code today}, {@code yesterday}, {@code 7d},
     *     {@code 30d}
     */
    public ReportRange resolve(@Nullable String period, Instant requestedAt) {
        if (period == null) {
            return ReportRange.ALL;
        }
        Instant now = requestedAt.isBefore(clock.instant()) ? requestedAt : clock.instant();
        LocalDate today = calendar.dayOf(now);
        return switch (period) {
            case "today" -> new ReportRange(period, startOf(today), now);
            case "yesterday" -> new ReportRange(period, startOf(today.minusDays(1)), startOf(today));
            case "7d" -> new ReportRange(period, startOf(today.minusDays(6)), now);
            case "30d" -> new ReportRange(period, startOf(today.minusDays(29)), now);
            default ->
                throw new UnknownPeriodException("unknown report period '" + period + "': expected one of "
                        + String.join(", ", GenerateReport.PERIODS));
        };
    }

    /** The zone whose calendar the periods follow: the agency's. */
    public ZoneId zone() {
        return calendar.zone();
    }

    private Instant startOf(LocalDate day) {
        return calendar.startOf(day);
    }
}
