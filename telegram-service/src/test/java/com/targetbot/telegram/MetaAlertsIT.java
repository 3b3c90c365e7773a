package com.targetbot.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import com.targetbot.events.Envelope;
import com.targetbot.events.Topics;
import com.targetbot.events.meta.AdAccountsSyncFailed;
import com.targetbot.events.meta.ConnectionRef;
import com.targetbot.events.meta.MetaTokenEvent;
import com.targetbot.events.meta.MetaTokenExpiring;
import com.targetbot.events.meta.MetaTokenHealthy;
import com.targetbot.events.meta.MetaTokenInvalid;
import com.targetbot.telegram.SandboxTelegram.SentMessage;
import com.targetbot.testkit.RetiredEvents;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Meta alerts to the bot's admins. Each kind goes out at most once per six hours per connection, so a test names
 * connections of its own or first deletes the slots it uses, as if the hours had passed; token events share a key,
 * hence a partition, so a later one arriving proves the earlier ones were handled.
 */
class MetaAlertsIT extends BotIntegration {

    private static final String RECONNECT = "http://localhost:8080/admin/?meta=connect#/meta";

    @Test
    void tokenAlertsNameTheConnectionReachEveryAdminInTheirLanguageWithAReconnectButtonAndAreNotRepeated()
            throws Exception {
        var anna = connection("Анна <Петрова>", ConnectionRef.Kind.USER);
        long olga = bot().registered("Ольга", "ru", "admin");
        long oleg = bot().registered("Oleg", "en", "admin");
        long manager = bot().registered("Anna", "en", "manager");
        Instant expiresAt = Instant.now().plus(Duration.ofDays(3)).plus(Duration.ofHours(2));
        var expiring = Envelope.wrap(new MetaTokenExpiring(anna, expiresAt, Instant.now()), "meta-service");
        // The agency's zone is Moscow unless configured; the date names it.
        String date = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm")
                .withZone(ZoneId.of("Europe/Moscow"))
                .format(expiresAt);

        publish(expiring);
        publish(expiring);
        publish(Envelope.wrap(new MetaTokenExpiring(anna, expiresAt, Instant.now()), "meta-service"));
        publish(Envelope.wrap(
                new MetaTokenInvalid(anna, "Error validating <token> & session", Instant.now()), "meta-service"));

        assertThat(bot().awaitMessages(olga, 3).subList(1, 3))
                .extracting(SentMessage::text)
                .containsExactly(
                        "⚠️ <b>Токен подключения Meta «Анна &lt;Петрова&gt;» истекает " + date + " (Москва)</b>,"
                                + " через 3 дня. Переподключите его до этого срока, иначе синхронизация остановится.",
                        "⛔ <b>Meta больше не принимает токен подключения Meta «Анна &lt;Петрова&gt;»</b>: Error"
                                + " validating &lt;token&gt; &amp; session\nСинхронизация через него остановлена, пока"
                                + " администратор его не переподключит.");
        assertThat(bot().awaitMessages(oleg, 3).subList(1, 3))
                .extracting(SentMessage::text)
                .containsExactly(
                        "⚠️ <b>The token of the Meta connection “Анна &lt;Петрова&gt;” expires on " + date
                                + " (Moscow Time)</b>, in 3 days. Reconnect it before then, or its synchronisation"
                                + " stops.",
                        "⛔ <b>Meta no longer accepts the token of the Meta connection “Анна &lt;Петрова&gt;”</b>:"
                                + " Error validating &lt;token&gt; &amp; session\nIts synchronisation stops until an"
                                + " admin reconnects it.");
        assertThat(bot().awaitMessages(olga, 3).subList(1, 3))
                .allSatisfy(alert -> assertThat(button(alert)).isEqualTo(Map.of("Переподключить Meta", RECONNECT)));
        assertThat(bot().awaitMessages(oleg, 3).subList(1, 3))
                .allSatisfy(alert -> assertThat(button(alert)).isEqualTo(Map.of("Reconnect Meta", RECONNECT)));
        assertThat(sandbox.messages(olga)).hasSize(3);
        assertThat(sandbox.messages(manager)).hasSize(1);
    }

    @Test
    void eachConnectionHasItsOwnSlotAndOneThatWorksAgainIsToldOnceWhileAHealthyNewOneIsNot() throws Exception {
        var anna = connection("Анна", ConnectionRef.Kind.USER);
        var system = connection("Agency system user", ConnectionRef.Kind.SYSTEM_USER);
        var fresh = connection("Fresh", ConnectionRef.Kind.USER);
        long olga = bot().registered("Ольга", "ru", "admin");
        long oleg = bot().registered("Oleg", "en", "admin");

        publish(token(new MetaTokenInvalid(anna, "session expired", Instant.now())));
        publish(token(new MetaTokenInvalid(system, "token revoked", Instant.now())));
        publish(token(new MetaTokenHealthy(fresh, null, Instant.now())));
        var recovered = token(new MetaTokenHealthy(anna, null, Instant.now()));
        publish(recovered);
        publish(recovered);
        publish(token(new MetaTokenHealthy(anna, null, Instant.now())));
        publish(token(new MetaTokenInvalid(anna, "session expired again", Instant.now())));

        assertThat(bot().awaitMessages(olga, 5).subList(1, 5))
                .extracting(SentMessage::text)
                .containsExactly(
                        "⛔ <b>Meta больше не принимает токен подключения Meta «Анна»</b>: session expired\n"
                                + "Синхронизация через него остановлена, пока администратор его не переподключит.",
                        "⛔ <b>Meta больше не принимает токен подключения Meta «Agency system user»</b>: token"
                                + " revoked\nСинхронизация через него остановлена, пока администратор его не"
                                + " переподключит.",
                        "✅ <b>Подключение Meta «Анна» снова работает.</b>",
                        "⛔ <b>Meta больше не принимает токен подключения Meta «Анна»</b>: session expired again\n"
                                + "Синхронизация через него остановлена, пока администратор его не переподключит.");
        assertThat(bot().awaitMessages(oleg, 5).get(3).text())
                .isEqualTo("✅ <b>The Meta connection “Анна” works again.</b>");
        assertThat(hasKeyboard(bot().awaitMessages(oleg, 5).get(3))).isFalse();
        assertThat(sandbox.messages(olga)).hasSize(5);
    }

    @Test
    void aV1TokenAlertWithoutAConnectionIsStillTold() throws Exception {
        newWindow("token-invalid:meta-token");
        long olga = bot().registered("Ольга", "ru", "admin");
        long oleg = bot().registered("Oleg", "en", "admin");

        publishV1Invalid(
                "{\"reason\":\"The user changed their password\",\"checkedAt\":\"%s\"}".formatted(Instant.now()));

        SentMessage ru = bot().awaitMessages(olga, 2).getLast();
        assertThat(ru.text())
                .isEqualTo("⛔ <b>Meta больше не принимает токен подключения Meta</b>: The user changed their"
                        + " password\nСинхронизация через него остановлена, пока администратор его не"
                        + " переподключит.");
        assertThat(button(ru)).isEqualTo(Map.of("Переподключить Meta", RECONNECT));
        assertThat(bot().awaitMessages(oleg, 2).getLast().text())
                .startsWith("⛔ <b>Meta no longer accepts the token of the Meta connection</b>: The user changed");
    }

    @Test
    void failedSyncIsToldWithItsReasonEscapedWithoutAButtonAndAStaleFailureIsNot() throws Exception {
        newWindow("sync-failed");
        long olga = bot().registered("Ольга", "ru", "admin");
        long oleg = bot().registered("Oleg", "en", "admin");
        var stale = Envelope.wrap(new AdAccountsSyncFailed("sync-1", "old news", Instant.now()), "meta-service");

        publish(new Envelope<>(
                stale.id(),
                stale.type(),
                stale.source(),
                Instant.now().minus(Duration.ofDays(2)),
                stale.subject(),
                stale.data(),
                null));
        publish(Envelope.wrap(
                new AdAccountsSyncFailed("sync-1", "Graph answered <500> after 3 retries", Instant.now()),
                "meta-service"));

        SentMessage failed = bot().awaitMessages(olga, 2).getLast();
        assertThat(failed.text())
                .isEqualTo("⚠️ <b>Meta: синхронизация не удалась</b>\nGraph answered &lt;500&gt; after 3 retries\n"
                        + "Прежние данные остаются до успешной синхронизации.");
        assertThat(hasKeyboard(failed)).isFalse();
        assertThat(bot().awaitMessages(oleg, 2).getLast().text())
                .isEqualTo("⚠️ <b>Meta: the synchronisation failed</b>\nGraph answered &lt;500&gt; after 3 retries\n"
                        + "The previous data stays until a synchronisation succeeds.");
        assertThat(sandbox.messages(olga)).hasSize(2);
    }

    @Test
    void daysLeftAreCountedInTheRightPluralAndTheLastDayIsSaidSo() throws Exception {
        var anna = connection("Анна", ConnectionRef.Kind.USER);
        long olga = bot().registered("Ольга", "ru", "admin");
        long oleg = bot().registered("Oleg", "en", "admin");

        publish(token(new MetaTokenExpiring(
                anna, Instant.now().plus(Duration.ofDays(21)).plus(Duration.ofHours(1)), Instant.now())));

        assertThat(bot().awaitMessages(olga, 2).getLast().text()).contains("(Москва)</b>, через 21 день.");
        assertThat(bot().awaitMessages(oleg, 2).getLast().text()).contains("(Moscow Time)</b>, in 21 days.");

        newWindow("token-expiring:" + anna.id());
        publish(token(new MetaTokenExpiring(anna, Instant.now().plus(Duration.ofHours(5)), Instant.now())));

        assertThat(bot().awaitMessages(olga, 3).getLast().text())
                .contains("(Москва)</b>, меньше чем через сутки. Переподключите его сейчас");
        assertThat(bot().awaitMessages(oleg, 3).getLast().text())
                .contains("(Moscow Time)</b>, in less than a day. Reconnect it now");
    }

    /** A connection no other test names, so its alert slots are free. */
    private static ConnectionRef connection(String name, ConnectionRef.Kind kind) {
        return new ConnectionRef("user-" + UUID.randomUUID(), name, kind);
    }

    private static Envelope<MetaTokenEvent> token(MetaTokenEvent event) {
        return Envelope.wrap(event, "meta-service");
    }

    private static boolean hasKeyboard(SentMessage message) {
        return message.replyMarkup() != null && message.replyMarkup().has("inline_keyboard");
    }

    /** The one inline button of a message: its text and the URL it opens. */
    private static Map<String, String> button(SentMessage message) {
        assertThat(message.replyMarkup()).isNotNull();
        JsonNode button = message.replyMarkup().get("inline_keyboard").get(0).get(0);
        return Map.of(button.get("text").asString(), button.get("url").asString());
    }

    /** An alert as meta-service wrote it before the events named connections. */
    private static void publishV1Invalid(String json) throws Exception {
        RetiredEvents.publish(
                Topics.META_EVENTS,
                MetaTokenEvent.KEY,
                "com.targetbot.meta.token.invalid.v1",
                "/targetbot/meta-service",
                Instant.now(),
                json);
    }

    /** Frees the alert slots, as if their six hours had passed. */
    private void newWindow(String... slots) {
        for (String slot : slots) {
            redis.delete("telegram:alert:" + slot);
        }
    }
}
