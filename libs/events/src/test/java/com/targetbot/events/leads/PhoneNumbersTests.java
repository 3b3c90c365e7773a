package com.targetbot.events.leads;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.targetbot.events.leads.PhoneNumbers.Normalised;
import com.targetbot.events.leads.PhoneNumbers.Reason;
import com.targetbot.events.leads.PhoneNumbers.Rejected;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PhoneNumbersTests {

    private final PhoneNumbers russian = new PhoneNumbers("RU");

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "+7 912 345-67-89     | +79123456789",
                "8 (912) 345-67-89    | +79123456789",
                "89123456789          | +79123456789",
                "9123456789           | +79123456789",
                "79123456789          | +79123456789",
                "  +7(912)345.67.89   | +79123456789",
                "+44 20 7946 0958     | +442079460958",
                "+1 (212) 555-0123    | +12125550123",
                "4915123456789        | +4915123456789",
                "+49 30 123456        | +4930123456"
            })
    void typedNumbersBecomeE164(String typed, String e164) {
        assertThat(russian.normalise(typed)).isEqualTo(new Normalised(e164));
        assertThat(russian.toE164(typed)).contains(e164);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "''                   | EMPTY",
                "'   '                | EMPTY",
                "12                   | TOO_SHORT",
                "+7 912               | TOO_SHORT",
                "not a phone          | NOT_A_NUMBER",
                "8-800-FLOWERS        | NOT_A_NUMBER",
                "+7 912 345 67 89 ext | NOT_A_NUMBER",
                "7+9123456789         | NOT_A_NUMBER",
                "+7 912 345 67 89 12 34 56 | TOO_LONG",
                "+999 123456789       | INVALID",
                "+7 012 345 67 89     | INVALID"
            })
    void otherTextIsRejectedWithTheReason(String typed, Reason reason) {
        assertThat(russian.normalise(typed)).isEqualTo(new Rejected(reason));
        assertThat(russian.toE164(typed)).isEmpty();
    }

    @Test
    void aNumberWithoutCountryCodeIsReadInTheConfiguredRegion() {
        var german = new PhoneNumbers("de");

        assertThat(german.toE164("030 123456")).contains("+4930123456");
        assertThat(russian.toE164("030 123456")).isEmpty();
    }

    @Test
    void overlongTextIsRejectedBeforeParsing() {
        assertThat(russian.normalise("+7 912 345 67 89" + " ".repeat(40) + "0"))
                .isEqualTo(new Rejected(Reason.TOO_LONG));
    }

    @Test
    void anUnknownRegionIsAConfigurationError() {
        assertThatThrownBy(() -> new PhoneNumbers("XX"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("XX");
    }
}
