package com.targetbot.telegram.leadform;

import com.targetbot.telegram.i18n.BotLanguage;
import java.util.Optional;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Component;

/**
 * Whom to tell when a submitted lead is stored: lead id → chat and language, in Redis
 * ({@code telegram:pending-lead:<lead id>}) so a restart between the command and the event loses nobody.
 */
@Component
class PendingConfirmations {

    record Recipient(long chatId, BotLanguage language) {}

    private final StringRedisTemplate redis;
    private final LeadFormProperties properties;

    PendingConfirmations(StringRedisTemplate redis, LeadFormProperties properties) {
        this.redis = redis;
        this.properties = properties;
    }

    void remember(String leadId, long chatId, BotLanguage language) {
        redis.opsForValue().set(key(leadId), chatId + ":" + language.name(), properties.confirmationTtl());
    }

    Optional<Recipient> find(String leadId) {
        return Optional.ofNullable(redis.opsForValue().get(key(leadId))).map(value -> {
            int colon = value.indexOf(':');
            return new Recipient(
                    Long.parseLong(value.substring(0, colon)), BotLanguage.valueOf(value.substring(colon + 1)));
        });
    }

    /** Called once the confirmation is queued, so a redelivered event does not confirm twice. */
    void forget(String leadId) {
        redis.delete(key(leadId));
    }

    private static String key(String leadId) {
        return "telegram:pending-lead:" + leadId;
    }
}
