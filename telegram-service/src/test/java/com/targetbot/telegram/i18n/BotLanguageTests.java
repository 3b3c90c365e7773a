package com.targetbot.telegram.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;

class BotLanguageTests {

    @ParameterizedTest
    @CsvSource({"ru,RU", "ru-RU,RU", "uk,RU", "be,RU", "kk,RU", "KK_kz,RU", "en,EN", "en-US,EN", "de,EN", "rue,EN"})
    void languageFollowsTheTelegramLanguageCode(String languageCode, BotLanguage expected) {
        assertThat(BotLanguage.of(languageCode)).isEqualTo(expected);
    }

    @ParameterizedTest
    @NullAndEmptySource
    void userWithoutALanguageCodeGetsEnglish(String languageCode) {
        assertThat(BotLanguage.of(languageCode)).isEqualTo(BotLanguage.EN);
    }

    @ParameterizedTest
    @CsvSource({"RU,Здравствуйте, <b>Иван</b>!", "EN,Hello, <b>Иван</b>!"})
    void welcomeIsFormattedWithTheNameInEachLanguage(BotLanguage language, String expectedStart) {
        var texts = new BotTexts(new I18nConfiguration().messageSource());

        assertThat(texts.text(language, "start.welcome", "Иван")).startsWith(expectedStart);
    }
}
