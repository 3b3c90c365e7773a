package com.targetbot.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import com.targetbot.events.Envelope;
import com.targetbot.events.meta.AdAccountsSyncFailed;
import com.targetbot.events.meta.MetaTokenExpiring;
import com.targetbot.events.meta.MetaTokenInvalid;
import com.targetbot.telegram.SandboxTelegram.SentMessage;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.Test;

/**
 * Meta alerts to the bot's admins. Each kind goes out at most once per six hours, so a test first deletes the
 * kinds' Redis slots it uses, as if the hours had passed; events of one key share a partition, so a later one
 * arriving proves the earlier ones were handled.
 */
class MetaAlertsIT extends BotIntegration {

    @Test
    void tokenAlertsReachEveryAdminInTheirLanguageOnceAndAreNotRepeatedWithinSixHours() throws Exception {
        newWindow("token-expiring", "token-invalid");
        long olga = bot().registered("Ольга", "ru", "admin");
        long oleg = bot().registered("Oleg", "en", "admin");
        long manager = bot().registered("Anna", "en", "manager");
        Instant expiresAt = Instant.now().plus(Duration.ofDays(3)).plus(Duration.ofHours(2));
        var expiring = Envelope.wrap(new MetaTokenExpiring(expiresAt, Instant.now()), "meta-service");
        // The agency's zone is Moscow unless configured; the date names it.
        String date = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm")
                .withZone(ZoneId.of("Europe/Moscow"))
                .format(expiresAt);

        publish(expiring);
        publish(expiring);
        publish(Envelope.wrap(new MetaTokenExpiring(expiresAt, Instant.now()), "meta-service"));
        publish(Envelope.wrap(
                new MetaTokenInvalid("Error validating <token> & session", Instant.now()), "meta-service"));

        assertThat(bot().awaitMessages(olga, 3).subList(1, 3))
                .extracting(SentMessage::text)
                .containsExactly(
                        "⚠️ <b>Токен Meta истекает " + date + " (Москва)</b>, через 3 дня. Переподключите Meta в"
                                + " админ-панели до этого срока, иначе синхронизация остановится.",
                        "⛔ <b>Meta больше не принимает токен</b>: Error validating &lt;token&gt; &amp; session\n"
                                + "Синхронизация остановлена, пока администратор не переподключит Meta в админ-панели.");
        assertThat(bot().awaitMessages(oleg, 3).subList(1, 3))
                .extracting(SentMessage::text)
                .containsExactly(
                        "⚠️ <b>The Meta token expires on " + date + " (Moscow Time)</b>, in 3 days. Reconnect Meta in"
                                + " the admin panel before then, or synchronisation stops.",
                        "⛔ <b>Meta no longer accepts the token</b>: Error validating &lt;token&gt; &amp; session\n"
                                + "Synchronisation stops until an admin reconnects Meta in the admin panel.");
        assertThat(sandbox.messages(olga)).hasSize(3);
        assertThat(sandbox.messages(manager)).hasSize(1);
    }

    @Test
    void failedSyncIsToldWithItsReasonEscapedAndAStaleFailureIsNot() throws Exception {
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

        assertThat(bot().awaitMessages(olga, 2).getLast().text())
                .isEqualTo("⚠️ <b>Meta: синхронизация не удалась</b>\nGraph answered &lt;500&gt; after 3 retries\n"
                        + "Прежние данные остаются до успешной синхронизации.");
        assertThat(bot().awaitMessages(oleg, 2).getLast().text())
                .isEqualTo("⚠️ <b>Meta: the synchronisation failed</b>\nGraph answered &lt;500&gt; after 3 retries\n"
                        + "The previous data stays until a synchronisation succeeds.");
        assertThat(sandbox.messages(olga)).hasSize(2);
    }

    @Test
    void daysLeftAreCountedInTheRightPluralAndTheLastDayIsSaidSo() throws Exception {
        long olga = bot().registered("Ольга", "ru", "admin");
        long oleg = bot().registered("Oleg", "en", "admin");
        newWindow("token-expiring");

        publish(Envelope.wrap(
                new MetaTokenExpiring(Instant.now().plus(Duration.ofDays(21)).plus(Duration.ofHours(1)), Instant.now()),
                "meta-service"));

        assertThat(bot().awaitMessages(olga, 2).getLast().text()).contains("(Москва)</b>, через 21 день.");
        assertThat(bot().awaitMessages(oleg, 2).getLast().text()).contains("(Moscow Time)</b>, in 21 days.");

        newWindow("token-expiring");
        publish(Envelope.wrap(
                new MetaTokenExpiring(Instant.now().plus(Duration.ofHours(5)), Instant.now()), "meta-service"));

        assertThat(bot().awaitMessages(olga, 3).getLast().text())
                .contains("(Москва)</b>, меньше чем через сутки. Переподключите Meta в админ-панели сейчас");
        assertThat(bot().awaitMessages(oleg, 3).getLast().text())
                .contains("(Moscow Time)</b>, in less than a day. Reconnect Meta in the admin panel now");
    }

    /** Frees the kinds' alert slots, as if their six hours had passed. */
    private void newWindow(String... kinds) {
        for (String kind : kinds) {
            redis.delete("telegram:alert:" + kind);
        }
    }
}
