package com.targetbot.kit.agency;

import static org.assertj.core.api.Assertions.assertThat;

import com.targetbot.events.leads.PhoneNumbers;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

class AgencyCalendarTests {

    // 11:00 on 1 March in UTC is already midnight on 2 March in Auckland (UTC+13 in summer), still 1 March in Moscow.
    private static final Instant NOW = Instant.parse("2026-03-01T11:00:00Z");

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(AgencyAutoConfiguration.class))
            .withUserConfiguration(FixedClock.class);

    @Test
    void theAgencyWorksOnMoscowTimeUnlessConfigured() {
        context.run(started -> {
            AgencyCalendar calendar = started.getBean(AgencyCalendar.class);

            assertThat(calendar.zone()).isEqualTo(ZoneId.of("Europe/Moscow"));
            assertThat(calendar.today()).isEqualTo(LocalDate.of(2026, 3, 1));
        });
    }

    @Test
    void theOneKeyMovesTheAgencysCalendar() {
        context.withPropertyValues("targetbot.agency.zone=Pacific/Auckland").run(started -> {
            AgencyCalendar calendar = started.getBean(AgencyCalendar.class);

            assertThat(calendar.zone()).isEqualTo(ZoneId.of("Pacific/Auckland"));
            assertThat(calendar.today()).isEqualTo(LocalDate.of(2026, 3, 2));
            assertThat(calendar.startOf(calendar.today())).isEqualTo(Instant.parse("2026-03-01T11:00:00Z"));
        });
    }

    @Test
    void aZoneThatDoesNotExistStopsTheServiceFromStarting() {
        context.withPropertyValues("targetbot.agency.zone=Mars/Olympus_Mons")
                .run(started -> assertThat(started).hasFailed());
    }

    @Test
    void phoneNumbersTypedWithoutACountryCodeAreReadInTheAgencysRegion() {
        context.run(started -> assertThat(started.getBean(PhoneNumbers.class).normalise("8 (912) 345-67-89"))
                .isEqualTo(new PhoneNumbers.Normalised("+79123456789")));
        context.withPropertyValues("targetbot.agency.phone-region=DE")
                .run(started -> assertThat(started.getBean(PhoneNumbers.class).normalise("0151 23456789"))
                        .isEqualTo(new PhoneNumbers.Normalised("+4915123456789")));
    }

    @Test
    void aPhoneRegionThatDoesNotExistStopsTheServiceFromStarting() {
        context.withPropertyValues("targetbot.agency.phone-region=XX")
                .run(started -> assertThat(started).hasFailed());
    }

    @Test
    void dayStartsFollowDaylightSavingChanges() {
        var calendar = new AgencyCalendar(ZoneId.of("America/Los_Angeles"), Clock.fixed(NOW, ZoneOffset.UTC));

        // 8 March 2026 starts at UTC-8, the 9th at UTC-7 (clocks went forward at 02:00 on the 8th).
        assertThat(calendar.startOf(LocalDate.of(2026, 3, 8))).isEqualTo(Instant.parse("2026-03-08T08:00:00Z"));
        assertThat(calendar.startOf(LocalDate.of(2026, 3, 9))).isEqualTo(Instant.parse("2026-03-09T07:00:00Z"));
        assertThat(calendar.dayOf(Instant.parse("2026-03-09T06:59:59Z"))).isEqualTo(LocalDate.of(2026, 3, 8));
    }

    @Configuration(proxyBeanMethods = false)
    static class FixedClock {
        @Bean
        Clock clock() {
            return Clock.fixed(NOW, ZoneOffset.UTC);
        }
    }
}
