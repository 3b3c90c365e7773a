package com.targetbot.telegram;

import static com.targetbot.telegram.TelegramUpdates.newUserId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.targetbot.events.leads.LeadSource;
import com.targetbot.events.leads.MetaAd;
import com.targetbot.telegram.SandboxTelegram.CallbackAnswer;
import com.targetbot.telegram.SandboxTelegram.SentMessage;
import com.targetbot.testkit.KafkaFixture;
import com.targetbot.testkit.Leads;
import com.targetbot.testkit.TopicProbe;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** {@code /leads} for managers: the list from leads-service, status buttons, role checks on every press. */
class LeadBoardIT extends BotIntegration {

    static final String IVAN = "0192f0c4-8b1e-7c2a-9f3d-5e6a7b8c9d0e";
    static final String ANNA = "0192f0c4-8b1e-7c2a-9f3d-5e6a7b8c9d0f";

    static TopicProbe leadCommands;

    @BeforeAll
    static void leadsServiceHasTwoLeads() {
        ServiceStubs.answer("/leads", """
                {"items":[
                 {"id":"%s","number":1042,"name":"<i>Иван</i>","phone":"+79991234567","email":null,"comment":null,
                  "source":"telegram","status":"new","createdAt":"2026-11-25T10:00:00Z","createdBy":"telegram:1"},
                 {"id":"%s","name":"Anna","phone":null,"email":"a@example.com","comment":null,
                  "source":"api","status":"in_progress","createdAt":"2026-11-25T09:00:00Z","createdBy":"api-key:ab"}
                ]}""".formatted(IVAN, ANNA));
        leadCommands = new TopicProbe(KafkaFixture.bootstrapServers(), "leads.commands");
    }

    @AfterAll
    static void closeProbe() {
        leadCommands.close();
    }

    @Test
    void managerSeesTheLatestLeadsAndChangesAStatusInPlace() throws Exception {
        long manager = registered("Мария", "ru", "manager");

        say(TelegramUpdates.text(manager, "Мария", "ru", "/leads"));

        SentMessage list = awaitMessages(manager, 2).getLast();
        assertThat(list.text())
                .startsWith(
                        "<b>Последние 2 лида</b>\n1. №1042 <b>&lt;i&gt;Иван&lt;/i&gt;</b> · <code>+79991234567</code> · новая\n"
                                + "2. <b>Anna</b> · в работе");
        assertThat(list.callbackData()).hasSize(6).contains("ls:w:" + IVAN, "ls:l:" + ANNA);

        say(bot().press(manager, list.messageId(), manager, "Мария", "ru", "ls:w:" + IVAN));

        JsonNode command = awaitCommand("telegram:" + manager);
        assertThat(command.get("leadId").asString()).isEqualTo(IVAN);
        assertThat(command.get("status").asString()).isEqualTo("won");
        await().untilAsserted(() -> assertThat(
                        sandbox.messages(manager).getLast().text())
                .contains("1. №1042 <b>&lt;i&gt;Иван&lt;/i&gt;</b> · <code>+79991234567</code> · выиграна"));
        assertThat(sandbox.messages(manager)).hasSize(2);
    }

    @Test
    void clientAsksForLeadsAndIsToldTheyAreForManagersInEnglish() throws Exception {
        long client = registered("Anna", "en", "client");

        say(TelegramUpdates.text(client, "Anna", "en", "/leads"));

        assertThat(awaitMessages(client, 2).getLast().text()).isEqualTo("This is for the agency’s managers only.");
    }

    @Test
    void strangerWithoutTheRolePressingAManagersButtonInAGroupChangesNothing() throws Exception {
        long group = -newUserId();
        long manager = registered("Мария", "ru", "manager");
        long stranger = registered("Eve", "en", "client");
        long unknown = newUserId();
        long admin = registered("Олег", "ru", "admin");
        say(TelegramUpdates.groupText(group, admin, "Олег", "ru", "/register"));
        assertThat(awaitMessages(group, 1).getLast().text()).startsWith("Группа зарегистрирована");
        say(TelegramUpdates.groupText(group, manager, "Мария", "ru", "/leads"));
        SentMessage list = awaitMessages(group, 2).getLast();
        assertThat(list.callbackData()).hasSize(6);

        say(bot().press(group, list.messageId(), stranger, "Eve", "en", "ls:l:" + IVAN));
        say(bot().press(group, list.messageId(), unknown, "Пётр", "ru", "ls:w:" + IVAN));
        // Handled in order after the presses (same chat, same partition): once it is answered, they were too.
        say(TelegramUpdates.groupText(group, manager, "Мария", "ru", "/leads"));

        awaitMessages(group, 3);
        assertThat(sandbox.messages(group)).noneMatch(SentMessage::edited);
        assertThat(BotConversation.allCommandsBy("leads.commands", "telegram:" + stranger))
                .isEmpty();
        assertThat(BotConversation.allCommandsBy("leads.commands", "telegram:" + unknown))
                .isEmpty();
        assertThat(bot().awaitCallbackAnswers(stranger, 1))
                .singleElement()
                .isEqualTo(new CallbackAnswer(group, "ls:l:" + IVAN, "This is for the agency’s managers only.", true));
        assertThat(bot().awaitCallbackAnswers(unknown, 1))
                .singleElement()
                .isEqualTo(new CallbackAnswer(group, "ls:w:" + IVAN, "Это только для менеджеров агентства.", true));
    }

    @Test
    void statusPressInAGroupRedrawsItsNoticeInTheGroupsLanguageWhileThePopupIsInThePressers() throws Exception {
        long russianGroup = -newUserId();
        long englishGroup = -newUserId();
        long englishManager = registered("Anna", "en", "manager");
        long russianManager = registered("Мария", "ru", "manager");
        long russianAdmin = registered("Олег", "ru", "admin");
        long englishAdmin = registered("Jon", "en", "admin");
        say(TelegramUpdates.groupText(russianGroup, russianAdmin, "Олег", "ru", "/register"));
        say(TelegramUpdates.groupText(englishGroup, englishAdmin, "Jon", "en", "/register"));
        awaitMessages(russianGroup, 1);
        awaitMessages(englishGroup, 1);
        String leadId = UUID.randomUUID().toString();
        ServiceStubs.answer("/leads/" + leadId, """
                {"id":"%s","name":"Zoe","phone":null,"email":"zoe@example.com","comment":null,
                 "source":"api","status":"new","createdAt":"2026-11-25T10:00:00Z","createdBy":"api-key:ab"}""".formatted(leadId));
        say(Leads.leadCreated()
                .leadId(leadId)
                .name("Zoe")
                .phone(null)
                .email("zoe@example.com")
                .at(Instant.now())
                .by("api-key:ab")
                .build());
        SentMessage russianNotice = noticeOf(russianGroup, leadId);
        SentMessage englishNotice = noticeOf(englishGroup, leadId);
        assertThat(russianNotice.text()).startsWith("🆕 <b>Новый лид</b>").endsWith("Статус: новая");
        assertThat(englishNotice.text()).startsWith("🆕 <b>New lead</b>").endsWith("Status: new");

        say(bot().press(russianGroup, russianNotice.messageId(), englishManager, "Anna", "en", "ln:p:" + leadId));
        say(bot().press(englishGroup, englishNotice.messageId(), russianManager, "Мария", "ru", "ln:w:" + leadId));

        assertThat(redrawn(russianGroup, russianNotice).text())
                .startsWith("🆕 <b>Новый лид</b>")
                .endsWith("Статус: в работе");
        assertThat(redrawn(englishGroup, englishNotice).text())
                .startsWith("🆕 <b>New lead</b>")
                .endsWith("Status: won");
        assertThat(bot().awaitCallbackAnswers(englishManager, 1))
                .extracting(CallbackAnswer::text)
                .containsExactly("Changing the status");
        assertThat(bot().awaitCallbackAnswers(russianManager, 1))
                .extracting(CallbackAnswer::text)
                .containsExactly("Статус меняется");
    }

    @Test
    void leadCreatedLongerAgoThanTheMaxAgeIsNotAnnounced() throws Exception {
        long manager = registered("Anna", "en", "manager");
        String leadId = UUID.randomUUID().toString();

        // One lead id, so both share a partition: the fresh event's notice proves the stale one was handled first.
        say(Leads.leadCreated()
                .leadId(leadId)
                .name("Stale")
                .phone(null)
                .email("old@example.com")
                .at(Instant.now().minus(Duration.ofDays(2)))
                .by("api-key:ab")
                .build());
        say(Leads.leadCreated()
                .leadId(leadId)
                .name("Fresh")
                .phone(null)
                .email("new@example.com")
                .at(Instant.now())
                .by("api-key:ab")
                .build());

        assertThat(noticeOf(manager, leadId).text()).contains("<b>Fresh</b>");
        assertThat(sandbox.messages(manager))
                .noneMatch(message -> message.text().contains("Stale"));
    }

    /** The new-lead notice of the lead in the chat, once it is there; other tests' leads are announced too. */
    private SentMessage noticeOf(long chatId, String leadId) {
        return await().until(
                        () -> sandbox.messages(chatId).stream()
                                .filter(message -> message.callbackData().contains("ln:p:" + leadId))
                                .findFirst(),
                        Optional::isPresent)
                .orElseThrow();
    }

    private SentMessage redrawn(long chatId, SentMessage notice) {
        return await().until(
                        () -> sandbox.messages(chatId).stream()
                                .filter(message -> message.messageId() == notice.messageId() && message.edited())
                                .findFirst(),
                        Optional::isPresent)
                .orElseThrow();
    }

    @Test
    void leadsAreNotShownInAGroupNoAdminRegisteredAndOnlyAnAdminRegistersOne() throws Exception {
        long group = -newUserId();
        long manager = registered("Anna", "en", "manager");

        say(TelegramUpdates.groupText(group, manager, "Anna", "en", "/leads"));
        say(TelegramUpdates.groupText(group, manager, "Anna", "en", "/register"));

        assertThat(awaitMessages(group, 2))
                .extracting(SentMessage::text)
                .containsExactly(
                        "This group is not registered: leads are shown only in groups an admin registered with /register.",
                        "This is for the agency’s admins only.");
    }

    @Test
    void onlyAnAdminUnregistersAGroupWhichThenGetsNoNewLeads() throws Exception {
        long group = -newUserId();
        long admin = registered("Олег", "ru", "admin");
        long manager = registered("Anna", "en", "manager");
        say(TelegramUpdates.groupText(group, admin, "Олег", "ru", "/register"));
        awaitMessages(group, 1);

        say(TelegramUpdates.groupText(group, manager, "Anna", "en", "/unregister"));
        say(TelegramUpdates.groupText(group, admin, "Олег", "ru", "/unregister"));
        awaitMessages(group, 3);
        say(Leads.leadCreated().at(Instant.now()).build());
        assertThat(awaitMessages(manager, 2).getLast().text()).startsWith("🆕 <b>New lead</b>");
        // Handled after the lead's notices were sent out (the manager has theirs): the group's next message.
        say(TelegramUpdates.groupText(group, admin, "Олег", "ru", "/unregister"));

        assertThat(awaitMessages(group, 4))
                .extracting(SentMessage::text)
                .containsExactly(
                        "Группа зарегистрирована: сюда будут приходить уведомления о новых лидах.",
                        "This is for the agency’s admins only.",
                        "Регистрация группы снята: уведомления о новых лидах сюда больше не придут.",
                        "Эта группа не зарегистрирована.");
    }

    @Test
    void newLeadIsAnnouncedToManagersAndRegisteredGroupsButNotToClients() throws Exception {
        long manager = registered("Anna", "en", "manager");
        long client = registered("Пётр", "ru", "client");
        long admin = registered("Олег", "ru", "admin");
        long group = -newUserId();
        say(TelegramUpdates.groupText(group, admin, "Олег", "ru", "/register"));
        awaitMessages(group, 1);
        String leadId = UUID.randomUUID().toString();
        ServiceStubs.answer("/leads/" + leadId, """
                {"id":"%s","number":10420,"name":"Jon <Doe>","phone":"+442079460958","email":"jon@example.com",
                 "comment":null,"source":"api","status":"new","createdAt":"2026-11-25T10:00:00Z",
                 "createdBy":"api-key:ab"}""".formatted(leadId));

        say(Leads.leadCreated()
                .leadId(leadId)
                .name("Jon <Doe>")
                .phone("+442079460958")
                .email("jon@example.com")
                .at(Instant.now())
                .by("api-key:ab")
                .number(10420)
                .build());

        SentMessage notice = awaitMessages(manager, 2).getLast();
        assertThat(notice.text())
                .isEqualTo("🆕 <b>New lead №10420</b>\n<b>Jon &lt;Doe&gt;</b>\n📞 <code>+442079460958</code>\n"
                        + "✉️ jon@example.com\nStatus: new");
        assertThat(notice.callbackData()).containsExactly("ln:p:" + leadId, "ln:w:" + leadId, "ln:l:" + leadId);
        assertThat(awaitMessages(group, 2).getLast().text())
                .startsWith("🆕 <b>Новый лид №10420</b>\n<b>Jon &lt;Doe&gt;</b>");
        assertThat(awaitMessages(admin, 2).getLast().text()).startsWith("🆕 <b>Новый лид №10420</b>");
        assertThat(sandbox.messages(client)).hasSize(1);

        say(bot().press(manager, notice.messageId(), manager, "Anna", "en", "ln:p:" + leadId));

        assertThat(awaitCommand("telegram:" + manager).get("status").asString()).isEqualTo("in_progress");
        await().untilAsserted(() -> assertThat(sandbox.messages(manager).getLast())
                .satisfies(edited -> assertThat(edited.edited()).isTrue())
                .extracting(SentMessage::text)
                .asString()
                .startsWith("🆕 <b>New lead №10420</b>")
                .endsWith("Status: in progress"));
    }

    @Test
    void metaLeadNoticeNamesTheCampaignAndAdItCameFrom() throws Exception {
        long manager = registered("Мария", "ru", "manager");

        say(Leads.leadCreated()
                .leadId(UUID.randomUUID().toString())
                .name("Анна")
                .phone(null)
                .email(null)
                .source(LeadSource.META_LEADGEN)
                .meta(new MetaAd("1201", "1203", "3000001", "1202", "Имплантация <осень>", "Видео #1"))
                .at(Instant.now())
                .by("meta:page:2000001")
                .build());

        assertThat(awaitMessages(manager, 2).getLast().text())
                .isEqualTo("🆕 <b>Новый лид</b>\n<b>Анна</b>\n📣 Кампания: Имплантация &lt;осень&gt;\n"
                        + "🖼 Объявление: Видео #1\nСтатус: новая");
    }

    private JsonNode awaitCommand(String requestedBy) {
        return BotConversation.awaitCommand(leadCommands, requestedBy);
    }

    private List<JsonNode> commandsBy(String requestedBy) {
        return BotConversation.commandsBy(leadCommands, requestedBy);
    }
}
