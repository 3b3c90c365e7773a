package com.targetbot.meta.alerts;

import com.targetbot.events.projects.ProjectAlerts;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.Optional;

/** When a project's quiet time ends, if it is quiet now: its quiet hours (overnight ones too) and weekends. */
final class QuietHours {

    private QuietHours() {}

    /** The end of the quiet time {@code now} falls in, or empty when it is not quiet. */
    static Optional<Instant> until(Instant now, ZoneId zone, ProjectAlerts alerts) {
        ZonedDateTime at = now.atZone(zone);
        ZonedDateTime end = at;
        // A weekend can end inside the night's quiet hours (Monday 00:00 before 09:00): follow quiet into quiet.
        for (int step = 0; step < 3; step++) {
            ZonedDateTime next = endOfQuiet(end, alerts);
            if (next.equals(end)) {
                break;
            }
            end = next;
        }
        return end.equals(at) ? Optional.empty() : Optional.of(end.toInstant());
    }

    private static ZonedDateTime endOfQuiet(ZonedDateTime at, ProjectAlerts alerts) {
        if (alerts.quietWeekends()
                && (at.getDayOfWeek() == DayOfWeek.SATURDAY || at.getDayOfWeek() == DayOfWeek.SUNDAY)) {
            return at.with(TemporalAdjusters.next(DayOfWeek.MONDAY))
                    .toLocalDate()
                    .atStartOfDay(at.getZone());
        }
        LocalTime from = alerts.quietFrom();
        LocalTime to = alerts.quietTo();
        if (from == null || to == null || from.equals(to)) {
            return at;
        }
        LocalTime time = at.toLocalTime();
        if (from.isBefore(to)) {
            return !time.isBefore(from) && time.isBefore(to) ? at.with(to) : at;
        }
        if (!time.isBefore(from)) {
            return at.plusDays(1).with(to);
        }
        return time.isBefore(to) ? at.with(to) : at;
    }
}
