package com.targetbot.telegram.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Properties;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class MessageBundlesTests {

    @Test
    void russianAndEnglishBundlesHaveTheSameKeys() throws IOException {
        Properties russian = bundle("ru");
        Properties english = bundle("en");

        assertThat(new TreeSet<>(russian.stringPropertyNames()))
                .isNotEmpty()
                .isEqualTo(new TreeSet<>(english.stringPropertyNames()));
    }

    @Test
    void noTextIsEmpty() throws IOException {
        for (String language : new String[] {"ru", "en"}) {
            Properties texts = bundle(language);

            assertThat(texts.stringPropertyNames())
                    .as("keys with an empty text in messages_%s", language)
                    .filteredOn(key -> texts.getProperty(key).isBlank())
                    .isEmpty();
        }
    }

    @Test
    void noTextUsesAStraightQuoteThatMessageFormatWouldSwallow() throws IOException {
        for (String language : new String[] {"ru", "en"}) {
            Properties texts = bundle(language);

            assertThat(texts.stringPropertyNames())
                    .as("keys whose text has a ' in messages_%s", language)
                    .filteredOn(key -> texts.getProperty(key).contains("'"))
                    .isEmpty();
        }
    }

    private static Properties bundle(String language) throws IOException {
        String name = I18nConfiguration.BASENAME + "_" + language + ".properties";
        try (var in = Objects.requireNonNull(
                        MessageBundlesTests.class.getClassLoader().getResourceAsStream(name), name);
                var reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            var properties = new Properties();
            properties.load(reader);
            return properties;
        }
    }
}
