package com.targetbot.telegram.alerts;

import com.targetbot.events.Envelope;
import com.targetbot.events.Topics;
import com.targetbot.events.meta.AdAccountsSyncFailed;
import com.targetbot.events.meta.AdAccountsSynced;
import com.targetbot.events.meta.MetaOutcome;
import com.targetbot.events.meta.MetaStructureEvent;
import com.targetbot.events.meta.MetaTokenExpiring;
import com.targetbot.events.meta.MetaTokenInvalid;
import com.targetbot.kit.idempotency.IdempotencyGuard;
import com.targetbot.telegram.i18n.AgencyTime;
import com.targetbot.telegram.i18n.BotLanguage;
import com.targetbot.telegram.i18n.BotTexts;
import com.targetbot.telegram.i18n.LanguagePreferences;
import com.targetbot.telegram.notifications.Freshness;
import com.targetbot.telegram.outbound.OutboundMessages;
import com.targetbot.telegram.outbound.TelegramHtml;
import com.targetbot.telegram.users.BotUser;
import com.targetbot.telegram.users.BotUserRepository;
import java.time.Clock;
import java.time.Duration;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Meta problems to every reachable bot admin, in their language; other Meta events pass by. */
@Component
class MetaAlerts {

    private static final Logger log = LoggerFactory.getLogger(MetaAlerts.class);
    // Redeliveries of one event come within the consumer's retries or a rebalance: days are ample.
    private static final Duration WINDOW = Duration.ofDays(7);

    private final BotUserRepository users;
    private final LanguagePreferences languages;
    private final IdempotencyGuard guard;
    private final StringRedisTemplate redis;
    private final OutboundMessages outbound;
    private final BotTexts texts;
    private final AgencyTime time;
    private final AlertProperties properties;
    private final Freshness freshness;
    private final Clock clock;

    MetaAlerts(
            BotUserRepository users,
            LanguagePreferences languages,
            IdempotencyGuard guard,
            StringRedisTemplate redis,
            OutboundMessages outbound,
            BotTexts texts,
            AgencyTime time,
            AlertProperties properties,
            Freshness freshness,
            Clock clock) {
        this.users = users;
        this.languages = languages;
        this.guard = guard;
        this.redis = redis;
        this.outbound = outbound;
        this.texts = texts;
        this.time = time;
        this.properties = properties;
        this.freshness = freshness;
        this.clock = clock;
    }

    // Idempotent: the guard tells each event (by its id) once within WINDOW.
    @KafkaListener(topics = Topics.META_EVENTS_NAME, groupId = "${spring.application.name}.meta-alerts")
    void on(Envelope<MetaOutcome> envelope) {
        MetaOutcome event = envelope.data();
        String kind = switch (event) {
            case AdAccountsSyncFailed failed -> "sync-failed";
            case MetaTokenExpiring expiring -> "token-expiring";
            case MetaTokenInvalid invalid -> "token-invalid";
            case AdAccountsSynced synced -> null;
            case MetaStructureEvent change -> null;
        };
        if (kind == null || !freshness.isNews(envelope.time())) {
            return;
        }
        String eventId = envelope.id().toString();
        guard.runOnce("meta-alert", eventId, WINDOW, () -> {
            if (claim(kind, eventId)) {
                tellAdmins(language -> text(language, event));
            } else {
                log.info(
                        "Meta alert {} held back: one of its kind went out less than {} ago",
                        kind,
                        properties.repeatAfter());
            }
        });
    }

    /**
     * Takes the kind's slot for the repeat interval. The slot holds the event id, so a retry of an event
     * that took it (after a failure half-way through the admins) goes on instead of being held back.
     */
    private boolean claim(String kind, String eventId) {
        String key = "telegram:alert:" + kind;
        return Boolean.TRUE.equals(redis.opsForValue().setIfAbsent(key, eventId, properties.repeatAfter()))
                || eventId.equals(redis.opsForValue().get(key));
    }

    private void tellAdmins(Function<BotLanguage, String> text) {
        for (BotUser admin : users.admins()) {
            outbound.sendHtml(admin.chatId(), text.apply(languages.resolve(admin.id(), admin.languageCode())));
        }
    }

    private String text(BotLanguage language, MetaOutcome event) {
        return switch (event) {
            case AdAccountsSyncFailed failed ->
                texts.text(language, "alert.sync-failed", TelegramHtml.escape(failed.reason()));
            case MetaTokenExpiring expiring -> expiring(language, expiring);
            case MetaTokenInvalid invalid ->
                texts.text(language, "alert.token-invalid", TelegramHtml.escape(invalid.reason()));
            case AdAccountsSynced synced -> throw new IllegalArgumentException("a sync is no alert");
            case MetaStructureEvent change -> throw new IllegalArgumentException("a structure change is no alert");
        };
    }

    private String expiring(BotLanguage language, MetaTokenExpiring expiring) {
        String date = time.deadline(language, expiring.expiresAt());
        long days = Duration.between(clock.instant(), expiring.expiresAt()).toDays();
        return days < 1
                ? texts.text(language, "alert.token-expiring-soon", date)
                : texts.text(language, "alert.token-expiring", date, texts.count(language, "days", days));
    }
}
