package com.targetbot.telegram.i18n;

import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Component;

/**
 * The language a user chose with {@code /language}, which wins over their client's {@code language_code}.
 * Kept apart from the user hash so a user may choose before they ever sent {@code /start}.
 */
@Component
public class LanguagePreferences {

    private final StringRedisTemplate redis;

    LanguagePreferences(StringRedisTemplate redis) {
        this.redis = redis;
    }

    /** The user's chosen language, else the one their client's language code suggests. */
    public BotLanguage resolve(long userId, @Nullable String languageCode) {
        String chosen = redis.opsForValue().get(key(userId));
        return chosen == null ? BotLanguage.of(languageCode) : BotLanguage.valueOf(chosen);
    }

    public void choose(long userId, BotLanguage language) {
        redis.opsForValue().set(key(userId), language.name());
    }

    private static String key(long userId) {
        return "telegram:language:" + userId;
    }

    /** The language a button's data names ({@code ru}, {@code en}), if it names one. */
    public static @Nullable BotLanguage fromCode(String code) {
        for (BotLanguage language : BotLanguage.values()) {
            if (language.name().toLowerCase(Locale.ROOT).equals(code)) {
                return language;
            }
        }
        return null;
    }
}
