package com.targetbot.meta.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import com.targetbot.events.projects.ProjectAlerts;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class QuietHoursTests {

    private static final ZoneId VLADIVOSTOK = ZoneId.of("Asia/Vladivostok");
    private static final ProjectAlerts NIGHTS_AND_WEEKENDS =
            new ProjectAlerts(Set.of(), Map.of(), LocalTime.of(22, 0), LocalTime.of(9, 0), true, 6, 60, false);

    @Test
    void anOvernightQuietTimeEndsTheNextMorningInTheProjectsZone() {
        // Wednesday 23:30 and Thursday 03:00 in Vladivostok are quiet until Thursday 09:00 there.
        assertThat(QuietHours.until(at(2026, 12, 2, 23, 30), VLADIVOSTOK, NIGHTS_AND_WEEKENDS))
                .hasValue(at(2026, 12, 3, 9, 0));
        assertThat(QuietHours.until(at(2026, 12, 3, 3, 0), VLADIVOSTOK, NIGHTS_AND_WEEKENDS))
                .hasValue(at(2026, 12, 3, 9, 0));
        assertThat(QuietHours.until(at(2026, 12, 3, 9, 0), VLADIVOSTOK, NIGHTS_AND_WEEKENDS))
                .isEmpty();
    }

    @Test
    void aWeekendIsQuietUntilMondayMorningsQuietHoursEnd() {
        assertThat(QuietHours.until(at(2026, 12, 5, 14, 0), VLADIVOSTOK, NIGHTS_AND_WEEKENDS))
                .hasValue(at(2026, 12, 7, 9, 0));
        assertThat(QuietHours.until(at(2026, 12, 4, 21, 59), VLADIVOSTOK, NIGHTS_AND_WEEKENDS))
                .isEmpty();
    }

    @Test
    void aDaytimeWindowAndNoneAtAll() {
        var lunch =
                new ProjectAlerts(Set.of(), Map.of(), LocalTime.of(13, 0), LocalTime.of(14, 0), false, 6, 60, false);

        assertThat(QuietHours.until(at(2026, 12, 5, 13, 15), VLADIVOSTOK, lunch))
                .hasValue(at(2026, 12, 5, 14, 0));
        assertThat(QuietHours.until(at(2026, 12, 5, 14, 0), VLADIVOSTOK, lunch)).isEmpty();
        assertThat(QuietHours.until(at(2026, 12, 5, 3, 0), VLADIVOSTOK, ProjectAlerts.DEFAULTS))
                .isEmpty();
    }

    private static Instant at(int year, int month, int day, int hour, int minute) {
        return LocalDateTime.of(year, month, day, hour, minute)
                .atZone(VLADIVOSTOK)
                .toInstant();
    }
}
