package com.targetbot.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.targetbot.events.Envelope;
import com.targetbot.events.meta.AdAccountsSynced;
import com.targetbot.events.meta.ConnectionRef;
import com.targetbot.events.meta.MetaTokenExpiring;
import com.targetbot.events.meta.MetaTokenHealthy;
import com.targetbot.events.meta.MetaTokenInvalid;
import com.targetbot.events.reports.ReportFailed;
import com.targetbot.events.reports.ReportFormat;
import com.targetbot.events.reports.ReportGenerated;
import com.targetbot.telegram.SandboxTelegram.SentMessage;
import com.targetbot.testkit.KafkaFixture;
import com.targetbot.testkit.TopicProbe;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** {@code /report} and {@code /status}, and report outcomes delivered to the chat that ordered them. */
class ReportsIT extends BotIntegration {

    // The test context keeps the default agency zone.
    static final DateTimeFormatter MOSCOW_DAY_AND_TIME =
            DateTimeFormatter.ofPattern("dd.MM HH:mm").withZone(ZoneId.of("Europe/Moscow"));
    static final String READY = "019abc12-0000-7000-8000-0000000000aa";

    static TopicProbe reportCommands;

    @BeforeAll
    static void servicesAnswer() {
        ServiceStubs.answer("/reports", """
                {"items":[{"id":"%s","format":"csv","status":"ready","createdAt":"2026-11-25T08:00:00Z",
                  "sizeBytes":52311,"rows":21,"downloadUrl":"https://s3.example/r.csv?X-Amz-Signature=ab&X-Amz-Expires=900"}],
                 "total":1}""".formatted(READY));
        reportCommands = new TopicProbe(KafkaFixture.bootstrapServers(), "reports.commands");
    }

    @AfterAll
    static void closeProbe() {
        reportCommands.close();
    }

    @Test
    void managerSeesReportsOrdersOneForAPeriodAndGetsTheLinkWhenItIsReady() throws Exception {
        long manager = registered("Мария", "ru", "manager");

        say(TelegramUpdates.text(manager, "Мария", "ru", "/report"));

        SentMessage list = awaitMessages(manager, 2).getLast();
        assertThat(list.text())
                .startsWith("<b>Последние отчёты</b>\n1. 25.11 11:00 · готов · 21 строка · "
                        + "<a href=\"https://s3.example/r.csv?X-Amz-Signature=ab&amp;X-Amz-Expires=900\">скачать</a>");
        assertThat(list.callbackData()).containsExactly("rp:today", "rp:yesterday", "rp:7d", "rp:30d");

        say(bot().press(manager, list.messageId(), manager, "Мария", "ru", "rp:7d"));

        JsonNode command = awaitCommand("telegram:" + manager);
        assertThat(command.get("telegramChatId").asLong()).isEqualTo(manager);
        assertThat(command.get("period").asString()).isEqualTo("7d");
        assertThat(command.get("format").asString()).isEqualTo("csv");
        assertThat(awaitMessages(manager, 3).getLast().text())
                .isEqualTo("Отчёт за период «7 дней» заказан: пришлю ссылку, когда он будет готов.");

        String reportId = command.get("reportId").asString();
        ServiceStubs.answer("/reports/" + reportId, """
                {"id":"%s","format":"csv","status":"ready","createdAt":"2026-11-25T08:00:00Z","sizeBytes":10,
                 "rows":5,"downloadUrl":"https://s3.example/%s.csv"}""".formatted(reportId, reportId));
        say(new ReportGenerated(reportId, ReportFormat.CSV, "k", 10, 5, Instant.now(), manager));

        assertThat(awaitMessages(manager, 4).getLast().text())
                .isEqualTo("Отчёт готов: 5 строк.\n<a href=\"https://s3.example/" + reportId + ".csv\">скачать</a>");
    }

    @Test
    void redeliveredReportOutcomeSendsTheLinkOnce() throws Exception {
        long manager = registered("Anna", "en", "manager");
        String reportId = UUID.randomUUID().toString();
        ServiceStubs.answer("/reports/" + reportId, """
                {"id":"%s","status":"ready","rows":5,"downloadUrl":"https://s3.example/%s.csv"}""".formatted(reportId, reportId));
        var generated = Envelope.wrap(
                new ReportGenerated(reportId, ReportFormat.CSV, "k", 10, 5, Instant.now(), manager), "reports-service");

        publish(generated);
        publish(generated);
        // Same report id, same partition: the failure arriving proves both deliveries were handled before it.
        say(new ReportFailed(reportId, "a later attempt failed", Instant.now(), manager));

        assertThat(awaitMessages(manager, 3).getLast().text())
                .isEqualTo("The report could not be made: a later attempt failed");
        assertThat(sandbox.messages(manager))
                .filteredOn(message -> message.text().startsWith("The report is ready"))
                .singleElement()
                .satisfies(ready -> assertThat(ready.text()).contains("https://s3.example/" + reportId + ".csv"));
    }

    @Test
    void reportWhoseLinkCannotBeReadIsStillToldReadyWithAPointerToTheList() throws Exception {
        long manager = registered("Мария", "ru", "manager");

        // No stub for this report: reports-service answers 404 to every retry.
        say(new ReportGenerated(UUID.randomUUID().toString(), ReportFormat.CSV, "k", 10, 5, Instant.now(), manager));

        assertThat(awaitMessages(manager, 2).getLast().text())
                .isEqualTo("Отчёт готов: 5 строк.\nСсылка пока недоступна: откройте /report чуть позже.");
    }

    @Test
    void failedReportIsReportedToTheChatInEnglishAndOthersAreLeftAlone() throws Exception {
        long manager = registered("Anna", "en", "manager");

        say(new ReportFailed(UUID.randomUUID().toString(), "leads export answered <503>", Instant.now(), manager));
        say(new ReportFailed(UUID.randomUUID().toString(), "nobody in Telegram asked", Instant.now()));

        assertThat(awaitMessages(manager, 2).getLast().text())
                .isEqualTo("The report could not be made: leads export answered &lt;503&gt;");
    }

    @Test
    void reportOutcomeLongerAgoThanTheMaxAgeIsNotDelivered() throws Exception {
        long manager = registered("Anna", "en", "manager");
        String reportId = UUID.randomUUID().toString();

        // One report id, so both share a partition: the fresh failure arriving proves the stale report was handled.
        say(new ReportGenerated(
                reportId, ReportFormat.CSV, "k", 10, 5, Instant.now().minus(Duration.ofDays(2)), manager));
        say(new ReportFailed(reportId, "fresh failure", Instant.now(), manager));

        assertThat(awaitMessages(manager, 2).getLast().text()).isEqualTo("The report could not be made: fresh failure");
        assertThat(sandbox.messages(manager))
                .noneMatch(message -> message.text().startsWith("The report is ready"));
    }

    @Test
    void clientCannotOrderAReportEvenWithTheButtonsData() throws Exception {
        long client = registered("Пётр", "ru", "client");
        long manager = registered("Мария", "ru", "manager");
        say(TelegramUpdates.text(manager, "Мария", "ru", "/report"));
        SentMessage list = awaitMessages(manager, 2).getLast();

        say(bot().press(manager, list.messageId(), client, "Пётр", "ru", "rp:today"));
        say(TelegramUpdates.text(client, "Пётр", "ru", "/report"));

        assertThat(awaitMessages(client, 2).getLast().text()).isEqualTo("Это только для менеджеров агентства.");
        assertThat(BotConversation.allCommandsBy("reports.commands", "telegram:" + client))
                .isEmpty();
        assertThat(sandbox.messages(manager)).hasSize(2);
    }

    @Test
    void statusShowsTheMetaSyncEachConnectionTheLastReportAndTheBotMode() throws Exception {
        // A manager: the token problems below also go to the admins as alerts.
        long manager = registered("Oleg", "en", "manager");
        // The newest sync and the connections' health the bot has heard of, kept from meta.events without asking
        // meta-service; connections other tests announced are left out of the projection.
        redis.delete("telegram:meta:connections");
        Instant syncedAt = Instant.now().truncatedTo(ChronoUnit.MINUTES);
        var synced = new AdAccountsSynced(UUID.randomUUID().toString(), 3, 42, syncedAt);
        var anna = new ConnectionRef("user-" + UUID.randomUUID(), "Anna <Petrova>", ConnectionRef.Kind.USER);
        var agency = new ConnectionRef("system-" + UUID.randomUUID(), "Agency", ConnectionRef.Kind.SYSTEM_USER);
        var renewed = new ConnectionRef("user-" + UUID.randomUUID(), "Boris", ConnectionRef.Kind.USER);
        Instant checked = Instant.parse("2026-11-25T09:00:00Z");
        say(synced);
        say(new MetaTokenHealthy(anna, Instant.parse("2027-01-20T21:00:00Z"), checked));
        say(new MetaTokenInvalid(agency, "Session has been invalidated", checked));
        say(new MetaTokenExpiring(renewed, Instant.parse("2026-11-28T09:30:00Z"), checked));
        await().until(
                        () -> redis.opsForZSet().reverseRange("telegram:meta:last-sync", 0, 0),
                        newest -> newest != null && newest.contains("3:42:" + synced.syncId()));
        await().until(() -> redis.opsForHash().size("telegram:meta:connections") == 3);

        say(TelegramUpdates.text(manager, "Oleg", "en", "/status"));

        assertThat(awaitMessages(manager, 2).getLast().text())
                .isEqualTo("<b>Integrations</b>\nMeta: last sync " + MOSCOW_DAY_AND_TIME.format(syncedAt)
                        + ", ad accounts: 3, campaigns: 42\n"
                        + "⛔ Meta “Agency”: does not work: Session has been invalidated\n"
                        + "Meta “Anna &lt;Petrova&gt;”: works, the token is valid until 21.01.2027 00:00\n"
                        + "⚠️ Meta “Boris”: the token expires on 28.11.2026 12:30, reconnect it\n"
                        + "Last report: 25.11 11:00 · ready · 21 rows · "
                        + "<a href=\"https://s3.example/r.csv?X-Amz-Signature=ab&amp;X-Amz-Expires=900\">download</a>\n"
                        + "The bot receives updates through its webhook");
    }

    @Test
    void statusInRussianSaysWhenNoConnectionWasCheckedYet() throws Exception {
        long manager = registered("Мария", "ru", "manager");
        redis.delete("telegram:meta:connections");

        say(TelegramUpdates.text(manager, "Мария", "ru", "/status"));

        assertThat(awaitMessages(manager, 2).getLast().text().lines())
                .contains("Подключения Meta: ещё ни одно не проверено");
    }

    private JsonNode awaitCommand(String requestedBy) {
        return BotConversation.awaitCommand(reportCommands, requestedBy);
    }

    private List<JsonNode> commandsBy(String requestedBy) {
        return BotConversation.commandsBy(reportCommands, requestedBy);
    }
}
