package com.targetbot.telegram.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import com.targetbot.kit.agency.AgencyCalendar;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class AgencyTimeTests {

    // 20:30 on 24 November in UTC: 23:30 the same day in Moscow, 09:30 the next day in Auckland (UTC+13).
    private static final Instant EVENING_UTC = Instant.parse("2026-11-24T20:30:00Z");

    @Test
    void timesAreShownInMoscowWhereTheAgencyIsByDefault() {
        AgencyTime moscow = in("Europe/Moscow");

        assertThat(moscow.dateTime(EVENING_UTC)).isEqualTo("24.11.2026 23:30");
        assertThat(moscow.dayAndTime(EVENING_UTC)).isEqualTo("24.11 23:30");
        assertThat(moscow.deadline(BotLanguage.RU, EVENING_UTC)).isEqualTo("24.11.2026 23:30 (Москва)");
        assertThat(moscow.deadline(BotLanguage.EN, EVENING_UTC)).isEqualTo("24.11.2026 23:30 (Moscow Time)");
    }

    @Test
    void anAgencyElsewhereSeesItsOwnDayAndTimeAndZoneName() {
        AgencyTime auckland = in("Pacific/Auckland");

        assertThat(auckland.dateTime(EVENING_UTC)).isEqualTo("25.11.2026 09:30");
        assertThat(auckland.dayAndTime(EVENING_UTC)).isEqualTo("25.11 09:30");
        assertThat(auckland.deadline(BotLanguage.RU, EVENING_UTC)).isEqualTo("25.11.2026 09:30 (Новая Зеландия)");
        assertThat(auckland.deadline(BotLanguage.EN, EVENING_UTC)).isEqualTo("25.11.2026 09:30 (New Zealand Time)");
    }

    private static AgencyTime in(String zone) {
        return new AgencyTime(new AgencyCalendar(ZoneId.of(zone), Clock.systemUTC()));
    }
}
