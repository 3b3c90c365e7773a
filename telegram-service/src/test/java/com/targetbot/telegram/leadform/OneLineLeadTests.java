package com.targetbot.telegram.leadform;

import static org.assertj.core.api.Assertions.assertThat;

import com.targetbot.events.leads.PhoneNumbers;
import com.targetbot.telegram.leadform.OneLineLead.Invalid;
import com.targetbot.telegram.leadform.OneLineLead.Valid;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OneLineLeadTests {

    private static final PhoneNumbers PHONES = new PhoneNumbers("RU");

    @Test
    void nameAndPhoneAndCommentAreReadWithThePhoneInE164() {
        assertThat(OneLineLead.parse("Имя | +7 999 123-45-67 | комментарий", PHONES))
                .isEqualTo(new Valid(new OneLineLead("Имя", "+79991234567", "комментарий")));
    }

    @Test
    void commentIsOptional() {
        assertThat(OneLineLead.parse("Anna|+44 20 7946 0958", PHONES))
                .isEqualTo(new Valid(new OneLineLead("Anna", "+442079460958", null)));
        assertThat(OneLineLead.parse("Anna | 89991234567 |  ", PHONES))
                .isEqualTo(new Valid(new OneLineLead("Anna", "+79991234567", null)));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = ';',
            value = {
                "Иван;lead.error.one-line",
                "Иван | +7 999 123-45-67 | a | b;lead.error.one-line",
                " | +7 999 123-45-67;lead.error.name-empty",
                "Иван | 123;lead.error.phone",
                "Иван | +7 999 123-45-67 abc;lead.error.phone"
            })
    void malformedLineSaysWhatIsWrong(String line, String reason) {
        assertThat(OneLineLead.parse(line, PHONES)).isEqualTo(new Invalid(reason));
    }
}
