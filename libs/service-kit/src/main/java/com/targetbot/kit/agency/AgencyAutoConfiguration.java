package com.targetbot.kit.agency;

import com.targetbot.events.leads.PhoneNumbers;
import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/**
 * Gives every service the {@link AgencyCalendar} of {@code targetbot.agency.zone} and the {@link PhoneNumbers} rule of
 * {@code targetbot.agency.phone-region}.
 */
@AutoConfiguration
@EnableConfigurationProperties(AgencyProperties.class)
public class AgencyAutoConfiguration {

    // A service's own Clock bean (fixed in tests) drives "today"; a service without one reads the system clock.
    @Bean
    AgencyCalendar agencyCalendar(AgencyProperties properties, ObjectProvider<Clock> clock) {
        return new AgencyCalendar(properties.zone(), clock.getIfAvailable(Clock::systemUTC));
    }

    @Bean
    PhoneNumbers phoneNumbers(AgencyProperties properties) {
        return new PhoneNumbers(properties.phoneRegion());
    }
}
