package com.targetbot.telegram.alerts;

import com.targetbot.events.Envelope;
import com.targetbot.events.Topics;
import com.targetbot.events.meta.AdAccountsSyncFailed;
import com.targetbot.events.meta.AdAccountsSynced;
import com.targetbot.events.meta.ConnectionRef;
import com.targetbot.events.meta.MetaOutcome;
import com.targetbot.events.meta.MetaStructureEvent;
import com.targetbot.events.meta.MetaTokenExpiring;
import com.targetbot.events.meta.MetaTokenHealthy;
import com.targetbot.events.meta.MetaTokenInvalid;
import com.targetbot.kit.idempotency.IdempotencyGuard;
import com.targetbot.telegram.i18n.AgencyTime;
import com.targetbot.telegram.i18n.BotLanguage;
import com.targetbot.telegram.i18n.BotTexts;
import com.targetbot.telegram.i18n.LanguagePreferences;
import com.targetbot.telegram.notifications.Freshness;
import com.targetbot.telegram.outbound.Keyboards;
import com.targetbot.telegram.outbound.OutboundMessages;
import com.targetbot.telegram.outbound.TelegramHtml;
import com.targetbot.telegram.users.BotUser;
import com.targetbot.telegram.users.BotUserRepository;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * Meta problems to every reachable bot admin, in their language, a token's with a button to reconnect it; a
 * connection that works again after a told problem is told too. Other Meta events pass by.
 */
@Component
class MetaAlerts {

    private static final Logger log = LoggerFactory.getLogger(MetaAlerts.class);
    // Redeliveries of one event come within the consumer's retries or a rebalance: days are ample.
    private static final Duration WINDOW = Duration.ofDays(7);
    private static final String SLOT_PREFIX = "telegram:alert:";
    private static final String TOLD_PREFIX = "telegram:alert:told:";
    // Longer than any token lives (about 60 days), so a problem told is remembered until the connection recovers.
    private static final Duration TOLD_FOR = Duration.ofDays(90);
    /** The v1 token events named no connection: their slots are the installation's, as before. */
    private static final String NO_CONNECTION = "meta-token";

    private final BotUserRepository users;
    private final LanguagePreferences languages;
    private final IdempotencyGuard guard;
    private final StringRedisTemplate redis;
    private final OutboundMessages outbound;
    private final BotTexts texts;
    private final AgencyTime time;
    private final AlertProperties properties;
    private final Freshness freshness;
    private final ReconnectLink reconnect;
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
            ReconnectLink reconnect,
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
        this.reconnect = reconnect;
        this.clock = clock;
    }

    // Idempotent: the guard tells each event (by its id) once within WINDOW.
    @KafkaListener(topics = Topics.META_EVENTS_NAME, groupId = "${spring.application.name}.meta-alerts")
    void on(Envelope<MetaOutcome> envelope) {
        String eventId = envelope.id().toString();
        Runnable tell = switch (envelope.data()) {
            case AdAccountsSyncFailed failed ->
                () -> alert(
                        "sync-failed",
                        eventId,
                        null,
                        language -> texts.text(language, "alert.sync-failed", TelegramHtml.escape(failed.reason())));
            case MetaTokenExpiring expiring ->
                () -> tokenProblem(
                        "token-expiring", expiring.connection(), eventId, language -> expiring(language, expiring));
            case MetaTokenInvalid invalid ->
                () -> tokenProblem(
                        "token-invalid", invalid.connection(), eventId, language -> invalid(language, invalid));
            case MetaTokenHealthy healthy -> () -> recovered(healthy.connection());
            case AdAccountsSynced synced -> null;
            case MetaStructureEvent change -> null;
        };
        if (tell != null && freshness.isNews(envelope.time())) {
            guard.runOnce("meta-alert", eventId, WINDOW, tell);
        }
    }

    private void tokenProblem(
            String kind, @Nullable ConnectionRef connection, String eventId, Function<BotLanguage, String> text) {
        String id = connection == null ? NO_CONNECTION : connection.id();
        if (alert(kind + ":" + id, eventId, this::reconnectButton, text)) {
            redis.opsForValue().set(TOLD_PREFIX + id, kind, TOLD_FOR);
        }
    }

    /**
     * Tells that a connection works again when a problem of it was told, and frees its slots, so that a new problem
     * is told at once.
     */
    private void recovered(ConnectionRef connection) {
        String told = TOLD_PREFIX + connection.id();
        if (Boolean.TRUE.equals(redis.hasKey(told))) {
            tellAdmins(
                    language -> texts.text(language, "alert.connection-works", TelegramHtml.escape(connection.name())),
                    null);
        }
        redis.delete(List.of(
                told,
                SLOT_PREFIX + "token-expiring:" + connection.id(),
                SLOT_PREFIX + "token-invalid:" + connection.id()));
    }

    /** Tells the admins unless the slot's kind went out within the repeat interval; whether it was told. */
    private boolean alert(
            String slot,
            String eventId,
            @Nullable Function<BotLanguage, @Nullable JsonNode> keyboard,
            Function<BotLanguage, String> text) {
        if (!claim(slot, eventId)) {
            log.info(
                    "Meta alert {} held back: one of its kind went out less than {} ago",
                    slot,
                    properties.repeatAfter());
            return false;
        }
        tellAdmins(text, keyboard);
        return true;
    }

    /**
     * Takes the slot for the repeat interval. The slot holds the event id, so a retry of an event that took it
     * (after a failure half-way through the admins) goes on instead of being held back.
     */
    private boolean claim(String slot, String eventId) {
        String key = SLOT_PREFIX + slot;
        return Boolean.TRUE.equals(redis.opsForValue().setIfAbsent(key, eventId, properties.repeatAfter()))
                || eventId.equals(redis.opsForValue().get(key));
    }

    private void tellAdmins(
            Function<BotLanguage, String> text, @Nullable Function<BotLanguage, @Nullable JsonNode> keyboard) {
        for (BotUser admin : users.admins()) {
            BotLanguage language = languages.resolve(admin.id(), admin.languageCode());
            outbound.sendHtml(admin.chatId(), text.apply(language), keyboard == null ? null : keyboard.apply(language));
        }
    }

    private @Nullable JsonNode reconnectButton(BotLanguage language) {
        return reconnect
                .url()
                .map(url -> Keyboards.link(texts.text(language, "alert.reconnect"), url))
                .orElse(null);
    }

    private String invalid(BotLanguage language, MetaTokenInvalid invalid) {
        return texts.text(
                language,
                "alert.token-invalid",
                connectionName(language, invalid.connection()),
                TelegramHtml.escape(invalid.reason()));
    }

    private String expiring(BotLanguage language, MetaTokenExpiring expiring) {
        String name = connectionName(language, expiring.connection());
        String date = time.deadline(language, expiring.expiresAt());
        long days = Duration.between(clock.instant(), expiring.expiresAt()).toDays();
        return days < 1
                ? texts.text(language, "alert.token-expiring-soon", name, date)
                : texts.text(language, "alert.token-expiring", name, date, texts.count(language, "days", days));
    }

    /** The connection as admins know it; a v1 event's named none. */
    private String connectionName(BotLanguage language, @Nullable ConnectionRef connection) {
        return connection == null
                ? texts.text(language, "alert.connection-unnamed")
                : texts.text(language, "alert.connection", TelegramHtml.escape(connection.name()));
    }
}
