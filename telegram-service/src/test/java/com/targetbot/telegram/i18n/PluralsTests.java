package com.targetbot.telegram.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PluralsTests {

    @ParameterizedTest
    @CsvSource({
        "0,MANY",
        "1,ONE",
        "2,FEW",
        "4,FEW",
        "5,MANY",
        "11,MANY",
        "12,MANY",
        "14,MANY",
        "21,ONE",
        "22,FEW",
        "25,MANY",
        "101,ONE",
        "111,MANY",
        "112,MANY",
        "122,FEW"
    })
    void russianFormsFollowTheLastDigitsExceptTheTeens(long count, Plurals form) {
        assertThat(Plurals.of(BotLanguage.RU, count)).isEqualTo(form);
    }

    @ParameterizedTest
    @CsvSource({"1,1 лид", "2,2 лида", "5,5 лидов", "11,11 лидов", "21,21 лид", "22,22 лида"})
    void russianCountsOfLeadsReadRight(long count, String expected) {
        var texts = new BotTexts(new I18nConfiguration().messageSource());

        assertThat(texts.count(BotLanguage.RU, "leads", count)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"1,1 lead", "2,2 leads", "21,21 leads"})
    void englishCountsOfLeadsReadRight(long count, String expected) {
        var texts = new BotTexts(new I18nConfiguration().messageSource());

        assertThat(texts.count(BotLanguage.EN, "leads", count)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"0,OTHER", "1,ONE", "2,OTHER", "21,OTHER"})
    void englishHasOneAndOther(long count, Plurals form) {
        assertThat(Plurals.of(BotLanguage.EN, count)).isEqualTo(form);
    }
}
