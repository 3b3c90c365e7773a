package com.targetbot.telegram.leadform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PhoneNumbersTests {

    @ParameterizedTest
    @CsvSource({
        "+7 999 123-45-67,+79991234567",
        "8 (999) 123-45-67,+79991234567",
        "9991234567,+79991234567",
        "79991234567,+79991234567",
        "+44 20 7946 0958,+442079460958",
        "+1 (202) 555-0143,+12025550143"
    })
    void numbersAsPeopleWriteThemBecomeE164(String typed, String e164) {
        assertThat(PhoneNumbers.toE164(typed)).contains(e164);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "12345", "+7 999", "not a phone", "+999 123 456 789"})
    void whatIsNoValidNumberIsRefused(String typed) {
        assertThat(PhoneNumbers.toE164(typed)).isEmpty();
    }
}
