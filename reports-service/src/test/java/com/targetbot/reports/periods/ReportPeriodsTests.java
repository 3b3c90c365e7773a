package com.targetbot.reports.periods;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.targetbot.kit.agency.AgencyCalendar;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class ReportPeriodsTests {

    // 00:30 on 25 November in Moscow, still the 24th in UTC: the agency's calendar must win.
    private static final Instant NOW = Instant.parse("2026-11-24T21:30:00Z");
    private static final Instant MOSCOW_MIDNIGHT_25TH = Instant.parse("2026-11-24T21:00:00Z");

    private final ReportPeriods periods = inZone("Europe/Moscow");

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
    void periodsFollowTheAgencysZoneWhereverItIs() {
        // 10:30 on 25 November in Auckland (UTC+13), still the evening of the 24th in UTC and Moscow.
        ReportPeriods auckland = inZone("Pacific/Auckland");

        assertThat(auckland.resolve("today", NOW))
                .isEqualTo(new ReportRange("today", Instant.parse("2026-11-24T11:00:00Z"), NOW));
        assertThat(auckland.zone()).isEqualTo(ZoneId.of("Pacific/Auckland"));
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

    private static ReportPeriods inZone(String zone) {
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        return new ReportPeriods(clock, new AgencyCalendar(ZoneId.of(zone), clock));
    }
}
