package com.targetbot.leads.query;

import com.targetbot.events.leads.LeadSource;
import com.targetbot.events.leads.LeadStatus;
import java.util.Arrays;
import java.util.Locale;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.converter.Converter;

/**
 * Statuses and sources as query parameters in their wire form, lower-case as in the JSON (MVC's own enum
 * conversion wants the constant's name). A value that does not convert is a 400 naming the parameter.
 */
@Configuration(proxyBeanMethods = false)
class QueryParameters {

    @Bean
    Converter<String, LeadStatus> leadStatusParameter() {
        return new Converter<String, LeadStatus>() {
            @Override
            public LeadStatus convert(String value) {
                return wire(LeadStatus.values(), value);
            }
        };
    }

    @Bean
    Converter<String, LeadSource> leadSourceParameter() {
        return new Converter<String, LeadSource>() {
            @Override
            public LeadSource convert(String value) {
                return wire(LeadSource.values(), value);
            }
        };
    }

    private static <E extends Enum<E>> E wire(E[] values, String value) {
        return Arrays.stream(values)
                .filter(candidate -> candidate.name().toLowerCase(Locale.ROOT).equals(value))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown value " + value));
    }
}
