package com.targetbot.telegram.groups;

import com.targetbot.telegram.i18n.BotLanguage;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Component;

/**
 * The groups feature's API: which group chats may receive the agency's data, each with the language of
 * the admin who registered it (Telegram gives a group no language), in which the bot writes everything the
 * whole group reads there.
 */
@Component
public class RegisteredGroups {

    static final String KEY = "telegram:groups";

    private final StringRedisTemplate redis;

    RegisteredGroups(StringRedisTemplate redis) {
        this.redis = redis;
    }

    /** @return whether the group was new */
    public boolean register(long chatId, BotLanguage language) {
        return redis.<String, String>opsForHash().putIfAbsent(KEY, Long.toString(chatId), language.name());
    }

    /** Removes the group, so it receives nothing more; the language it had, empty when it was not registered. */
    public Optional<BotLanguage> unregister(long chatId) {
        Optional<BotLanguage> language = language(chatId);
        redis.opsForHash().delete(KEY, Long.toString(chatId));
        return language;
    }

    /** The language the group's messages are written in; empty when the group is not registered. */
    public Optional<BotLanguage> language(long chatId) {
        return Optional.ofNullable(redis.<String, String>opsForHash().get(KEY, Long.toString(chatId)))
                .map(BotLanguage::valueOf);
    }

    /**
     * The language a group's messages are written in: the registering admin's, else Russian, the agency's own,
     * for a chat a project was given in the admin panel without {@code /register}.
     */
    public BotLanguage languageOf(long chatId) {
        return language(chatId).orElse(BotLanguage.RU);
    }

    public boolean isRegistered(long chatId) {
        return redis.opsForHash().hasKey(KEY, Long.toString(chatId));
    }

    /** Every registered group with its language. */
    public Map<Long, BotLanguage> all() {
        return redis.<String, String>opsForHash().entries(KEY).entrySet().stream()
                .collect(Collectors.toMap(e -> Long.valueOf(e.getKey()), e -> BotLanguage.valueOf(e.getValue())));
    }
}
