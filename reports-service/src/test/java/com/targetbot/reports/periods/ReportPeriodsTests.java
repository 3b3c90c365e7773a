package com.targetbot.reports.periods;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class ReportPeriodsTests {

    // 00:30 on 25 November in Moscow, still the 24th in UTC: the agency's calendar must win.
    private static final Instant NOW = Instant.parse("2026-11-24T21:30:00Z");
    private static final Instant MOSCOW_MIDNIGHT_25TH = Instant.parse("2026-11-24T21:00:00Z");

    private final ReportPeriods periods =
            new ReportPeriods(Clock.fixed(NOW, ZoneOffset.UTC), new PeriodProperties(ZoneId.of("Europe/Moscow")));

    @Test
    void todayRunsFromTheAgencysMidnightToTheRequest() {
        assertThat(periods.resolve("today", NOW)).isEqualTo(new ReportRange("today", MOSCOW_MIDNIGHT_25TH, NOW));
    }

    @Test
    void yesterdayIsTheWholePreviousCalendarDay() {
        assertThat(periods.resolve("yesterday", NOW))
                .isEqualTo(new ReportRange("yesterday", Instant.parse("2026-11-23T21:00:00Z"), MOSCOW_MIDNIGHT_25TH));
    }

    @Test
    void sevenAndThirtyDaysAreCalendarDaysIncludingToday() {
        assertThat(periods.resolve("7d", NOW))
                .isEqualTo(new ReportRange("7d", Instant.parse("2026-11-18T21:00:00Z"), NOW));
        assertThat(periods.resolve("30d", NOW))
                .isEqualTo(new ReportRange("30d", Instant.parse("2026-10-26T21:00:00Z"), NOW));
    }

    @Test
    void periodIsReadAtTheRequestSoAReportQueuedOverMidnightCoversTheDayAsked() {
        Instant lateEvening = Instant.parse("2026-11-24T20:59:00Z");

        assertThat(periods.resolve("today", lateEvening))
                .isEqualTo(new ReportRange("today", Instant.parse("2026-11-23T21:00:00Z"), lateEvening));
    }

    @Test
    void requestStampedAheadOfThisClockIsReadAtThisClock() {
        assertThat(periods.resolve("today", NOW.plusSeconds(3600)))
                .isEqualTo(new ReportRange("today", MOSCOW_MIDNIGHT_25TH, NOW));
    }

    @Test
    void noPeriodCoversEveryLead() {
        assertThat(periods.resolve(null, NOW)).isEqualTo(ReportRange.ALL);
    }

    @Test
    void unknownPeriodIsRefusedNamingTheKnownOnes() {
        assertThatThrownBy(() -> periods.resolve("week", NOW))
                .isInstanceOf(UnknownPeriodException.class)
                .hasMessage("unknown report period 'week': expected one of today, yesterday, 7d, 30d");
    }
}
