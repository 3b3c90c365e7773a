package com.targetbot.e2e;

import static com.targetbot.e2e.TelegramUser.eventually;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.targetbot.e2e.TelegramUser.BotMessage;
import com.targetbot.stack.LocalStack;
import com.targetbot.stack.Secrets;
import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Every command and dialog of the bot as users in Russian and English live them: each action is played
 * through the sandbox into the gateway's webhook, crosses Kafka and telegram-service (and leads-service,
 * reports-service, meta-service where the command needs them), and the answer is read from what the sandbox's
 * Bot API recorded.
 */
class BotConversationsIT {

    /** The token the sandbox hosts its bot under; the stack starts telegram-service with the same default. */
    private static final String SANDBOX_BOT_TOKEN = "100000001:sandbox-bot-token";

    private static final Pattern STORED_RU = Pattern.compile("Заявка №(\\d+) сохранена: (.*)\\.");
    private static final Pattern STORED_EN = Pattern.compile("Lead №(\\d+) is saved: (.*)\\.");
    private static final Pattern LIST_LINE = Pattern.compile("(?m)^(\\d+)\\. ");

    private static LocalStack stack;
    private static Http gateway;
    private static Http sandbox;
    private static Map<String, String> apiKey;
    /** The bootstrap admin signed in to the web admin: the one who invites bot users. */
    private static Callers.Caller webAdmin;
    /** The managers, admins and groups this class made, undone when it ends. */
    private static BotStaff staff;

    private static RedisClient redisClient;
    private static StatefulRedisConnection<String, String> redis;

    @BeforeAll
    static void startTheWholeSystemWithTheGatewayAsTheBotsWebhook() {
        stack = E2eStack.get();
        gateway = new Http(stack.config().url("gateway-service"));
        sandbox = new Http(stack.config().url("sandbox"));
        apiKey = Map.of("X-Auth-Key", stack.secrets().get(Secrets.BOOTSTRAP_API_KEY));
        webAdmin = new Callers(stack).admin();
        staff = new BotStaff(webAdmin);
        redisClient = RedisClient.create("redis://127.0.0.1:" + stack.config().port("redis"));
        redis = redisClient.connect();
        // In sandbox mode the stack gives telegram-service the gateway's address, and the service registers it
        // with "Telegram" (the sandbox) as it does in production: every update the tests play crosses the gateway.
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            JsonNode info = Http.json(sandbox.get("/bot" + SANDBOX_BOT_TOKEN + "/getWebhookInfo", Map.of()))
                    .get("result");
            assertThat(info.get("url").asString())
                    .isEqualTo(stack.config().url("gateway-service") + "/telegram/webhook");
            assertThat(info.get("allowed_updates").toString()).contains("message", "edited_message", "callback_query");
        });
    }

    @AfterAll
    static void leaveTheStackAsFoundAndCloseRedis() {
        staff.close();
        redis.close();
        redisClient.shutdown();
    }

    @Test
    void startGreetsByNameSaysWhatTheBotDoesAndASecondStartChangesNothing() {
        var olga = TelegramUser.newUser(sandbox, "Ольга <Ок>", "ru");
        var oleg = TelegramUser.newUser(sandbox, "Oleg", "en");

        olga.says("/start");
        oleg.says("/start");

        BotMessage welcome = olga.reply();
        assertThat(welcome.text())
                .startsWith("Здравствуйте, <b>Ольга &lt;Ок&gt;</b>! Я TargetBot, бот агентства таргетированной рекламы."
                        + " Вы зарегистрированы.\n\nЯ помогаю агентству")
                .contains("\n/lead: оставить заявку", "\n/report: отчёты", "\n/help: что я умею");
        assertThat(oleg.reply().text())
                .startsWith("Hello, <b>Oleg</b>! I am TargetBot, the bot of your performance-marketing agency."
                        + " You are registered.\n\nI help the agency")
                .contains("\n/lead: submit a lead", "\n/report: reports", "\n/help: what I can do");
        Map<String, String> olgaBefore = redis.sync().hgetall("telegram:user:" + olga.id());
        assertThat(olgaBefore).containsEntry("role", "client").containsEntry("languageCode", "ru");

        olga.says("/start");
        oleg.says("/start");

        assertThat(olga.reply().text())
                .startsWith(
                        "С возвращением, <b>Ольга &lt;Ок&gt;</b>! Вы уже зарегистрированы, повторять ничего не нужно.")
                .contains("\n/lead: оставить заявку");
        assertThat(oleg.reply().text())
                .startsWith("Welcome back, <b>Oleg</b>! You are already registered, there is nothing to repeat.");
        Map<String, String> olgaAfter = redis.sync().hgetall("telegram:user:" + olga.id());
        assertThat(olgaAfter.get("token")).isEqualTo(olgaBefore.get("token"));
        assertThat(olgaAfter.get("registeredAt")).isEqualTo(olgaBefore.get("registeredAt"));
        assertThat(olgaAfter.get("role")).isEqualTo("client");
    }

    @Test
    void helpSaysWhatTheBotCanDoInTheUsersLanguage() {
        var ivan = TelegramUser.newUser(sandbox, "Иван", "ru");
        var anna = TelegramUser.newUser(sandbox, "Anna", "en-GB");

        ivan.says("/help");
        anna.says("/help");

        assertThat(ivan.reply().text())
                .startsWith("<b>TargetBot</b>: бот агентства таргетированной рекламы.\n\nЯ помогаю агентству")
                .contains("\n/lead: оставить заявку (или одной строкой: /lead Имя | телефон | комментарий)")
                .endsWith("/help: что я умею");
        assertThat(anna.reply().text())
                .startsWith("<b>TargetBot</b>: the bot of your performance-marketing agency.\n\nI help the agency")
                .contains("\n/cancel: leave a dialog")
                .endsWith("/help: what I can do");
    }

    @Test
    void languageButtonsSwitchTheLanguageAndTheNextReplyIsInIt() {
        var ivan = TelegramUser.newUser(sandbox, "Иван", "ru");
        var anna = TelegramUser.newUser(sandbox, "Anna", "en");

        ivan.says("/language");
        anna.says("/language");

        BotMessage choice = ivan.reply();
        assertThat(choice.text()).isEqualTo("Выберите язык / Choose a language:");
        assertThat(choice.buttons()).containsExactly("Русский", "English");
        ivan.presses(choice, "English");
        anna.presses(anna.reply(), "Русский");
        assertThat(ivan.reply().text()).isEqualTo("Done: I speak English now.");
        assertThat(anna.reply().text()).isEqualTo("Готово: теперь я говорю по-русски.");

        ivan.says("/lead");
        anna.says("/lead");

        assertThat(ivan.reply().text()).isEqualTo("New lead. What is the client’s name?");
        assertThat(anna.reply().text()).isEqualTo("Новая заявка. Как зовут клиента?");
    }

    @Test
    void guidedLeadInRussianRefusesAnEmptyNameAndABadPhoneTakesASharedContactAndIsStoredWithItsNumber() {
        var olga = TelegramUser.newUser(sandbox, "Ольга", "ru");
        String client = "Пётр " + uniqueWord();
        String phone = newPhone();

        olga.says("/lead");
        assertThat(olga.reply().text()).isEqualTo("Новая заявка. Как зовут клиента?");
        olga.says("   ");
        assertThat(olga.reply().text()).isEqualTo("Имя не может быть пустым. Как зовут клиента?");
        olga.says(client);
        BotMessage askContact = olga.reply();
        assertThat(askContact.text())
                .isEqualTo("Телефон клиента: напишите номер, например +7 999 123-45-67, или пришлите контакт клиента."
                        + " Свой номер — кнопкой «Поделиться контактом».");
        assertThat(askContact.asksForContact()).isTrue();
        assertThat(askContact.buttons()).containsExactly("📱 Поделиться контактом");
        olga.says("12345");
        assertThat(olga.reply().text())
                .isEqualTo("Не похоже на номер телефона. Напишите его полностью, например +7 999 123-45-67.");
        olga.sharesOwnContact(phone.substring(1));
        BotMessage phoneTaken = olga.reply();
        assertThat(phoneTaken.text()).isEqualTo("Телефон: <code>" + phone + "</code>");
        assertThat(phoneTaken.removesKeyboard()).isTrue();
        BotMessage askComment = olga.reply();
        assertThat(askComment.text()).isEqualTo("Комментарий к заявке? Напишите его или нажмите «Пропустить».");
        olga.presses(askComment, "Пропустить");
        BotMessage summary = olga.reply();
        assertThat(summary.text())
                .isEqualTo("<b>Проверьте заявку</b>\nИмя: " + client + "\nТелефон: <code>" + phone
                        + "</code>\nКомментарий: нет");
        assertThat(summary.buttons()).containsExactly("✅ Отправить", "✏️ Изменить", "✖️ Отменить");

        olga.presses(summary, "✅ Отправить");

        assertThat(olga.reply().text()).isEqualTo("Заявка отправлена, сохраняю…");
        Matcher stored = matching(STORED_RU, olga.reply());
        assertThat(stored.group(2)).isEqualTo(client);
        JsonNode lead = lead(stored.group(1));
        assertThat(lead.get("name").asString()).isEqualTo(client);
        assertThat(lead.get("phone").asString()).isEqualTo(phone);
        assertThat(lead.get("comment").isNull()).isTrue();
        assertThat(lead.get("source").asString()).isEqualTo("telegram");
        assertThat(lead.get("status").asString()).isEqualTo("new");
        assertThat(lead.get("createdBy").asString()).isEqualTo("telegram:" + olga.id());
        assertThat(leadsNamed(client))
                .singleElement()
                .satisfies(only -> assertThat(only.get("number").asString()).isEqualTo(stored.group(1)));
    }

    @Test
    void guidedLeadInEnglishWithATypedPhoneACommentAndAnEditToTheClientsContactCardIsStoredAsEdited() {
        var anna = TelegramUser.newUser(sandbox, "Anna", "en");
        String client = "John " + uniqueWord();
        String phone = newPhone();
        String typed = phone.substring(0, 2) + " " + phone.substring(2, 5) + " " + phone.substring(5, 8) + "-"
                + phone.substring(8, 10) + "-" + phone.substring(10);

        anna.says("/lead");
        assertThat(anna.reply().text()).isEqualTo("New lead. What is the client’s name?");
        anna.says("Jon");
        BotMessage askContact = anna.reply();
        assertThat(askContact.text())
                .isEqualTo("The client’s phone: type the number, e.g. +7 999 123-45-67, or send the client’s contact."
                        + " Your own number: the “Share contact” button.");
        assertThat(askContact.buttons()).containsExactly("📱 Share contact");
        anna.says(typed);
        assertThat(anna.reply().text()).isEqualTo("Phone: <code>" + phone + "</code>");
        BotMessage askComment = anna.reply();
        assertThat(askComment.text()).isEqualTo("A comment on the lead? Type it or press “Skip”.");
        assertThat(askComment.buttons()).containsExactly("Skip");
        anna.says("call after 6 <pm> & ask for Ann");
        BotMessage summary = anna.reply();
        assertThat(summary.text())
                .isEqualTo("<b>Check the lead</b>\nName: Jon\nPhone: <code>" + phone
                        + "</code>\nComment: call after 6 &lt;pm&gt; &amp; ask for Ann");
        assertThat(summary.buttons()).containsExactly("✅ Submit", "✏️ Edit", "✖️ Cancel");

        anna.presses(summary, "✏️ Edit");
        assertThat(anna.reply().text()).isEqualTo("New lead. What is the client’s name?");
        anna.says(client);
        assertThat(anna.reply().asksForContact()).isTrue();
        // This time the number comes from the client's contact card; its name is not the one typed, which stays.
        anna.sendsContactCard(phone.substring(1), "Johnny");
        assertThat(anna.reply().text()).isEqualTo("Phone: <code>" + phone + "</code>");
        anna.reply();
        anna.says("call after 6");
        BotMessage edited = anna.reply();
        assertThat(edited.text()).contains("Name: " + client + "\n").endsWith("Comment: call after 6");
        anna.presses(edited, "✅ Submit");

        assertThat(anna.reply().text()).isEqualTo("The lead is submitted, saving…");
        Matcher stored = matching(STORED_EN, anna.reply());
        JsonNode lead = lead(stored.group(1));
        assertThat(lead.get("name").asString()).isEqualTo(client);
        assertThat(lead.get("phone").asString()).isEqualTo(phone);
        assertThat(lead.get("comment").asString()).isEqualTo("call after 6");
        assertThat(leadsWithPhone(phone)).hasSize(1);
    }

    @Test
    void oneLineLeadIsStoredAndOneLinesWithABadPhoneOrNoNameExplainTheFormatAndStoreNothing() {
        var anna = TelegramUser.newUser(sandbox, "Anna", "en");
        var olga = TelegramUser.newUser(sandbox, "Ольга", "ru");
        String client = "Jon " + uniqueWord();
        String phone = newPhone();

        anna.says("/lead " + client + " | 555 | hi");
        olga.says("/lead  | " + phone + " | без имени");

        assertThat(anna.reply().text())
                .isEqualTo(
                        "That does not look like a phone number. Type it in full, e.g. +7 999 123-45-67.\n\n"
                                + "One-line form: <code>/lead Name | +7 999 123-45-67 | comment</code> (the comment is optional).");
        assertThat(olga.reply().text())
                .isEqualTo("Имя не может быть пустым. Как зовут клиента?\n\n"
                        + "Формат одной строкой: <code>/lead Имя | +7 999 123-45-67 | комментарий</code>"
                        + " (комментарий можно не писать).");

        anna.says("/lead " + client + " | " + phone + " | call me");

        assertThat(anna.reply().text()).isEqualTo("The lead is submitted, saving…");
        Matcher stored = matching(STORED_EN, anna.reply());
        assertThat(stored.group(2)).isEqualTo(client);
        assertThat(lead(stored.group(1)).get("comment").asString()).isEqualTo("call me");
        // Both refused lines named this client or this phone: only the accepted one was stored.
        assertThat(leadsNamed(client)).hasSize(1);
        assertThat(leadsWithPhone(phone)).hasSize(1);
    }

    @Test
    void cancelButtonEndsTheDialogEvenAfterAnEditStoresNothingAndItsConfirmButtonIsThenStale() {
        var olga = TelegramUser.newUser(sandbox, "Ольга", "ru");
        var anna = TelegramUser.newUser(sandbox, "Anna", "en");
        String olgasPhone = newPhone();
        String annasPhone = newPhone();
        BotMessage olgasSummary = summaryOf(olga, "Пётр " + uniqueWord(), olgasPhone);
        BotMessage annasSummary = summaryOf(anna, "Jon " + uniqueWord(), annasPhone);

        olga.presses(olgasSummary, "✏️ Изменить");
        assertThat(olga.reply().text()).isEqualTo("Новая заявка. Как зовут клиента?");
        // Edit keeps the dialog: the summary's Cancel still ends it, whichever step it is at now.
        olga.presses(olgasSummary, "✖️ Отменить");
        anna.presses(annasSummary, "✖️ Cancel");
        assertThat(olga.reply().text()).isEqualTo("Заявка отменена.");
        assertThat(anna.reply().text()).isEqualTo("The lead is cancelled.");
        olga.presses(olgasSummary, "✅ Отправить");
        anna.presses(annasSummary, "✅ Submit");

        assertThat(olga.reply().text()).isEqualTo("Этот диалог уже закрыт или истёк. Начните заново: /lead");
        assertThat(anna.reply().text()).isEqualTo("This dialog is closed or has expired. Start again: /lead");
        assertThat(redis.sync().exists("telegram:dialog:" + olga.id(), "telegram:dialog:" + anna.id()))
                .isZero();
        assertThat(leadsWithPhone(olgasPhone)).isEmpty();
        assertThat(leadsWithPhone(annasPhone)).isEmpty();
    }

    @Test
    void cancelCommandSaysWhetherADialogWasOpenAndAnyCommandEndsOne() {
        var anna = TelegramUser.newUser(sandbox, "Anna", "en");
        var ivan = TelegramUser.newUser(sandbox, "Иван", "ru");

        anna.says("/cancel");
        ivan.says("/lead");
        assertThat(anna.reply().text()).isEqualTo("Nothing to cancel: no dialog is open.");
        assertThat(ivan.reply().text()).isEqualTo("Новая заявка. Как зовут клиента?");
        anna.says("/lead");
        ivan.says("/help");
        assertThat(anna.reply().text()).isEqualTo("New lead. What is the client’s name?");
        assertThat(ivan.reply().text()).startsWith("<b>TargetBot</b>: бот агентства");
        anna.says("/cancel");
        // /help ended Ivan's dialog: his answer to its question is now just a text the bot does not know.
        ivan.says("Пётр");

        assertThat(anna.reply().text()).isEqualTo("All right, cancelled.");
        assertThat(ivan.reply().text())
                .isEqualTo("Такой команды я пока не знаю. Отправьте /help, чтобы увидеть, что я умею.");
        anna.says("Jon");
        assertThat(anna.reply().text()).isEqualTo("I do not know that command yet. Send /help to see what I can do.");
    }

    @Test
    void unknownCommandsAndStrayInputGetAShortHint() {
        var anna = TelegramUser.newUser(sandbox, "Anna", "en");
        var ivan = TelegramUser.newUser(sandbox, "Иван", "ru");

        anna.says("/subscribe");
        ivan.says("привет");
        ivan.sharesOwnContact(newPhone().substring(1));

        assertThat(anna.reply().text()).isEqualTo("I do not know that command yet. Send /help to see what I can do.");
        assertThat(ivan.reply().text())
                .isEqualTo("Такой команды я пока не знаю. Отправьте /help, чтобы увидеть, что я умею.");
        assertThat(ivan.reply().text())
                .isEqualTo("Такой команды я пока не знаю. Отправьте /help, чтобы увидеть, что я умею.");
    }

    @Test
    void expiredDialogSaysSoWhenItsButtonIsPressedAndStoresNothing() {
        var olga = TelegramUser.newUser(sandbox, "Ольга", "ru");
        var anna = TelegramUser.newUser(sandbox, "Anna", "en");
        String phone = newPhone();
        BotMessage summary = summaryOf(olga, "Пётр " + uniqueWord(), phone);
        anna.says("/lead");
        anna.reply();
        String olgasDialog = "telegram:dialog:" + olga.id();
        String annasDialog = "telegram:dialog:" + anna.id();
        // The dialog waits at most the configured 30 minutes for the next answer...
        assertThat(redis.sync().ttl(olgasDialog)).isBetween(1L, 30 * 60L);
        assertThat(redis.sync().ttl(annasDialog)).isBetween(1L, 30 * 60L);

        // ...and Redis's expiry is what ends it: let that time pass for both users now.
        redis.sync().pexpire(olgasDialog, 1);
        redis.sync().pexpire(annasDialog, 1);
        eventually().until(() -> redis.sync().exists(olgasDialog, annasDialog) == 0);
        olga.presses(summary, "✅ Отправить");
        anna.says("Jon");

        assertThat(olga.reply().text()).isEqualTo("Этот диалог уже закрыт или истёк. Начните заново: /lead");
        assertThat(anna.reply().text()).isEqualTo("I do not know that command yet. Send /help to see what I can do.");
        assertThat(leadsWithPhone(phone)).isEmpty();
    }

    @Test
    void strangerPressingSomeoneElsesLeadButtonChangesNothing() {
        var olga = TelegramUser.newUser(sandbox, "Ольга", "ru");
        var eve = TelegramUser.newUser(sandbox, "Eve", "en");
        var ivan = TelegramUser.newUser(sandbox, "Иван", "ru");
        String phone = newPhone();
        BotMessage summary = summaryOf(olga, "Пётр " + uniqueWord(), phone);
        String dialog = redis.sync().get("telegram:dialog:" + olga.id());

        // Forged presses: Eve sends the Confirm button's data of Olga's summary, Ivan the Cancel button's.
        eve.in(olga.chatId()).presses(summary, "✅ Отправить");
        ivan.in(olga.chatId()).presses(summary, "✖️ Отменить");
        // Same chat, same partition: Olga's next text is handled after their presses.
        olga.says("ещё текст");

        assertThat(olga.reply().text()).isEqualTo("Заявка готова: нажмите «Отправить», «Изменить» или «Отменить».");
        assertThat(redis.sync().get("telegram:dialog:" + olga.id())).isEqualTo(dialog);
        assertThat(eve.messages()).isEmpty();
        assertThat(ivan.messages()).isEmpty();
        assertThat(eve.awaitCallbackAnswers(1))
                .containsExactly(new TelegramUser.CallbackAnswer("This button is not for you.", true));
        assertThat(ivan.awaitCallbackAnswers(1))
                .containsExactly(new TelegramUser.CallbackAnswer("Эта кнопка не для вас.", true));
        assertThat(leadsWithPhone(phone)).isEmpty();

        olga.presses(summary, "✅ Отправить");

        assertThat(olga.reply().text()).isEqualTo("Заявка отправлена, сохраняю…");
        Matcher stored = matching(STORED_RU, olga.reply());
        assertThat(lead(stored.group(1)).get("createdBy").asString()).isEqualTo("telegram:" + olga.id());
    }

    @Test
    void managerListsTheLatestLeadsAndAStatusButtonEditsTheListInPlace() {
        var maria = staff.promoted(registered("Мария", "ru"), "manager");
        String client = "Клиент " + uniqueWord();
        String phone = newPhone();
        String leadId = postLead(client, phone);

        maria.says("/leads");

        BotMessage list = maria.reply();
        int shown = countLines(list);
        assertThat(list.text())
                .startsWith("<b>Последние " + shown + " " + ru(shown, "лид", "лида", "лидов") + "</b>\n1. ")
                .contains("<b>" + client + "</b> · <code>" + phone + "</code> · новая\n")
                .endsWith("\n\nКнопки: ▶ в работу · ✅ выиграна · ❌ проиграна");
        assertThat(list.callbackData()).hasSize(3 * shown).contains("ls:w:" + leadId);

        int row = rowOf(list, client);
        maria.presses(list, row + " ✅");

        BotMessage edited = maria.awaitMessage(message -> message.messageId() == list.messageId() && message.edited());
        long number = lead(leadId).get("number").asLong();
        assertThat(edited.text())
                .contains(row + ". №" + number + " <b>" + client + "</b> · <code>" + phone + "</code> · выиграна\n")
                .startsWith("<b>Последние ");
        eventually()
                .untilAsserted(
                        () -> assertThat(lead(leadId).get("status").asString()).isEqualTo("won"));
        assertThat(lead(leadId).get("history").toString()).contains("telegram:" + maria.id());
    }

    @Test
    void clientsAreToldLeadsReportsAndStatusAreForManagers() {
        var petr = registered("Пётр", "ru");
        var anna = registered("Anna", "en");

        for (String command : List.of("/leads", "/report", "/status")) {
            petr.says(command);
            anna.says(command);
            assertThat(petr.reply().text()).as(command).isEqualTo("Это только для менеджеров агентства.");
            assertThat(anna.reply().text()).as(command).isEqualTo("This is for the agency’s managers only.");
        }
    }

    @Test
    void reportPeriodButtonOrdersAReportWhoseLinkArrivesAndStatusShowsTheIntegrations() {
        var maria = staff.promoted(registered("Мария", "ru"), "manager");
        var oleg = staff.promoted(registered("Oleg", "en"), "admin");
        String client = "Отчёт " + uniqueWord();
        postLead(client, newPhone());

        maria.says("/report");

        BotMessage menu = maria.reply();
        assertThat(menu.text())
                .startsWith("<b>Последние отчёты</b>\n")
                .endsWith("\n\nЗаказать новый отчёт по лидам за период:");
        assertThat(menu.buttons()).containsExactly("Сегодня", "Вчера", "7 дней", "30 дней");
        maria.presses(menu, "Сегодня");
        assertThat(maria.reply().text())
                .isEqualTo("Отчёт за период «Сегодня» заказан: пришлю ссылку, когда он будет готов.");
        BotMessage ready = maria.reply();
        Matcher link = Pattern.compile("Отчёт готов: (\\d+) (\\S+)\\.\n<a href=\"([^\"]+)\">скачать</a>")
                .matcher(ready.text());
        assertThat(link.matches()).as(ready.text()).isTrue();
        int rows = Integer.parseInt(link.group(1));
        assertThat(link.group(2)).isEqualTo(ru(rows, "строка", "строки", "строк"));
        var download = new Http("http://unused").get(link.group(3).replace("&amp;", "&"), Map.of());
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.body()).contains(client);

        oleg.says("/report");
        maria.says("/status");
        oleg.says("/status");

        assertThat(oleg.reply().text())
                .startsWith("<b>Latest reports</b>\n1. ")
                .contains(" · ready · " + rows + " " + (rows == 1 ? "row" : "rows") + " · <a href=\"")
                .endsWith("\n\nOrder a new report of the leads for a period:");
        assertStatus(
                maria.reply(),
                "<b>Состояние интеграций</b>",
                "Meta: (ещё ни разу не синхронизировалась|последняя синхронизация \\d\\d\\.\\d\\d \\d\\d:\\d\\d,"
                        + " кабинетов: 3, кампаний: 42)",
                "Последний отчёт: \\d\\d\\.\\d\\d \\d\\d:\\d\\d · готов · \\d+ строк[аи]? ·"
                        + " <a href=\"[^\"]+\">скачать</a>",
                "не отвечает",
                "Бот получает обновления через вебхук");
        assertStatus(
                oleg.reply(),
                "<b>Integrations</b>",
                "Meta: (never synchronised yet|last sync \\d\\d\\.\\d\\d \\d\\d:\\d\\d,"
                        + " ad accounts: 3, campaigns: 42)",
                "Last report: \\d\\d\\.\\d\\d \\d\\d:\\d\\d · ready · \\d+ rows? · <a href=\"[^\"]+\">download</a>",
                "does not answer",
                "The bot receives updates through its webhook");
    }

    @Test
    void adminRegistersAGroupWhichIgnoresChatterAndGetsNewLeadsWhileStrangersCannotPressItsButtons() {
        long group = TelegramUser.newGroup();
        long otherGroup = TelegramUser.newGroup();
        var oleg = staff.promoted(registered("Олег", "ru"), "admin");
        var anna = staff.promoted(registered("Anna", "en"), "manager");
        var petr = registered("Пётр", "ru");
        var olegInGroup = oleg.in(group);
        var annaInOtherGroup = anna.in(otherGroup);

        petr.in(group).says("/register");
        olegInGroup.says("всем привет, это чат агентства");
        olegInGroup.says("/register");
        staff.registeredBy(olegInGroup);
        // Addressed to the bot by its username, as Telegram writes commands picked from the menu in groups.
        olegInGroup.says("/register@targetbot_sandbox_bot");
        oleg.says("/register");
        annaInOtherGroup.says("/leads");

        assertThat(olegInGroup.reply().text()).isEqualTo("Это только для администраторов агентства.");
        // The chatter between got no answer: the next message is the one to /register.
        assertThat(olegInGroup.reply().text())
                .isEqualTo("Группа зарегистрирована: сюда будут приходить уведомления о новых лидах.");
        assertThat(olegInGroup.reply().text()).isEqualTo("Группа уже зарегистрирована.");
        assertThat(oleg.reply().text()).isEqualTo("/register регистрирует группу: отправьте команду в группе.");
        assertThat(annaInOtherGroup.reply().text())
                .isEqualTo(
                        "This group is not registered: leads are shown only in groups an admin registered with /register.");

        String client = "Лид " + uniqueWord();
        String phone = newPhone();
        petr.says("/lead " + client + " | " + phone + " | позвонить утром");
        petr.reply();
        String number = matching(STORED_RU, petr.reply()).group(1);
        String leadId = lead(number).get("id").asString();

        BotMessage notice = olegInGroup.awaitMessage(message -> message.text().contains(client));
        assertThat(notice.text())
                .isEqualTo("🆕 <b>Новый лид №" + number + "</b>\n<b>" + client + "</b>\n📞 <code>" + phone + "</code>\n"
                        + "💬 позвонить утром\nСтатус: новая");
        // Who submitted it stays private: neither the client's Telegram id nor name reaches the group.
        assertThat(notice.text()).doesNotContain(Long.toString(petr.id()), "Пётр");
        assertThat(notice.callbackData()).containsExactly("ln:p:" + leadId, "ln:w:" + leadId, "ln:l:" + leadId);

        var annaInGroup = anna.in(group);
        annaInGroup.says("/leads");
        BotMessage list = annaInGroup.reply();
        int shown = countLines(list);
        // Everyone in the group reads the list: it is in the group's Russian, though Anna reads English.
        assertThat(list.text())
                .startsWith("<b>Последние " + shown + " " + ru(shown, "лид", "лида", "лидов") + "</b>\n")
                .contains("<b>" + client + "</b> · <code>" + phone + "</code> · новая\n");

        var petrInGroup = petr.in(group);
        var eveInGroup = TelegramUser.newUser(sandbox, "Eve", "en").in(group);
        petrInGroup.presses(notice, "❌");
        petrInGroup.presses(list, rowOf(list, client) + " ❌");
        eveInGroup.presses(notice, "✅");
        // Same chat, same partition: Anna's press is handled after the strangers' three.
        annaInGroup.presses(notice, "▶");

        eventually()
                .untilAsserted(
                        () -> assertThat(lead(leadId).get("status").asString()).isEqualTo("in_progress"));
        assertThat(lead(leadId).get("history").valueStream().toList())
                .singleElement()
                .satisfies(change -> assertThat(change.get("by").asString()).isEqualTo("telegram:" + anna.id()));
        BotMessage redrawn =
                olegInGroup.awaitMessage(message -> message.messageId() == notice.messageId() && message.edited());
        // The notice went out in the group's Russian and stays in it, though Anna pressed in English.
        assertThat(redrawn.text())
                .startsWith("🆕 <b>Новый лид №" + number + "</b>\n<b>" + client + "</b>")
                .endsWith("\nСтатус: в работе");
        var managersOnlyRu = new TelegramUser.CallbackAnswer("Это только для менеджеров агентства.", true);
        assertThat(petr.awaitCallbackAnswers(2)).containsExactly(managersOnlyRu, managersOnlyRu);
        assertThat(eveInGroup.awaitCallbackAnswers(1))
                .containsExactly(new TelegramUser.CallbackAnswer("This is for the agency’s managers only.", true));
        assertThat(anna.awaitCallbackAnswers(1))
                .containsExactly(new TelegramUser.CallbackAnswer("Changing the status", false));
        assertThat(olegInGroup.messages())
                .filteredOn(message -> message.messageId() == list.messageId())
                .singleElement()
                .satisfies(unchanged -> assertThat(unchanged.edited()).isFalse());
        assertThat(annaInOtherGroup.messages()).hasSize(1);
    }

    /**
     * A {@code /status} answer: its header, a line per integration where Meta and the last report match, none
     * saying a service did not answer (each line is a call to that service), and how updates arrive last.
     */
    private static void assertStatus(
            BotMessage status, String header, String meta, String lastReport, String noAnswer, String mode) {
        List<String> lines = status.text().lines().toList();
        assertThat(lines.getFirst()).isEqualTo(header);
        assertThat(lines)
                .anySatisfy(line -> assertThat(line).matches(meta))
                .anySatisfy(line -> assertThat(line).matches(lastReport))
                .noneSatisfy(line -> assertThat(line).contains(noAnswer));
        assertThat(lines.getLast()).isEqualTo(mode);
    }

    @Test
    void editingAnAnswerInsideADialogGetsAHintInTheUsersLanguageAndElsewhereNothing() {
        var ira = registered("Ира", "ru");
        var tom = registered("Tom", "en");

        ira.says("/lead");
        ira.reply();
        ira.says("Ивн");
        ira.reply();
        ira.editsLastMessage("Иван");
        tom.says("hello");
        tom.reply();
        tom.editsLastMessage("hello again");
        tom.says("/help");

        assertThat(ira.reply().text())
                .isEqualTo("Исправления в отправленных сообщениях не учитываются."
                        + " Отправьте исправленное значение новым сообщением.");
        assertThat(tom.reply().text())
                .as("no dialog open: the edit is ignored, the next reply is the help")
                .startsWith("<b>TargetBot</b>: the bot of your performance-marketing agency.");
    }

    @Test
    void botAdminInvitesAManagerWithASingleUseLinkThatASecondUserCannotReuse() {
        var anna = staff.promoted(registered("Анна", "ru"), "admin");
        var boris = registered("Boris", "en");
        var chris = registered("Кристина", "ru");

        boris.says("/invite manager");
        assertThat(boris.reply().text()).isEqualTo("This is for the agency’s admins only.");
        anna.says("/invite manager");

        BotMessage invitation = anna.reply();
        assertThat(invitation.text()).startsWith("Приглашение на роль <b>менеджер</b>, одноразовое, действует до ");
        Matcher link = Callers.INVITE_LINK.matcher(
                invitation.text().substring(invitation.text().lastIndexOf('\n') + 1));
        assertThat(link.matches()).as(invitation.text()).isTrue();
        boris.says("/start " + link.group(1));
        staff.raised(boris);
        assertThat(boris.reply().text()).contains("The invitation is accepted: your role is <b>manager</b>.");
        chris.says("/start " + link.group(1));
        assertThat(chris.reply().text())
                .contains("Эта ссылка-приглашение не действует: она неизвестна, уже использована или устарела.");
        assertThat(redis.sync().hget("telegram:user:" + boris.id(), "role")).isEqualTo("manager");
        assertThat(redis.sync().hget("telegram:user:" + chris.id(), "role")).isEqualTo("client");
    }

    @Test
    void ownerOfABotLeadIsToldInTheirLanguageWhenSomeoneElseChangesItsStatus() {
        var vera = registered("Вера", "ru");
        var john = registered("John", "en");
        String phone = newPhone();
        String otherPhone = newPhone();

        vera.says("/lead Покупатель | " + phone + " | после обеда");
        john.says("/lead Buyer | " + otherPhone);
        // First "sent, saving…", then the number once leads-service stored the lead.
        assertThat(vera.awaitMessage(message -> message.text().startsWith("Заявка №"))
                        .text())
                .contains("сохранена");
        assertThat(john.awaitMessage(message -> message.text().startsWith("Lead №"))
                        .text())
                .contains("is saved");
        String veraLead = leadsWithPhone(phone).getFirst().get("id").asString();
        String johnLead = leadsWithPhone(otherPhone).getFirst().get("id").asString();
        var writer = Map.of("X-Auth-Key", stack.secrets().get(Secrets.BOOTSTRAP_API_KEY));
        assertThat(gateway.patch("/api/leads/" + veraLead, "{\"status\":\"in_progress\"}", writer)
                        .statusCode())
                .isEqualTo(202);
        assertThat(gateway.patch("/api/leads/" + johnLead, "{\"status\":\"won\"}", writer)
                        .statusCode())
                .isEqualTo(202);

        assertThat(vera.awaitMessage(message -> message.text().contains("статус теперь"))
                        .text())
                .contains("статус теперь — <b>в работе</b>.");
        assertThat(john.awaitMessage(message -> message.text().contains("the status is now"))
                        .text())
                .contains("the status is now <b>won</b>.");
    }

    @Test
    void failedMetaSyncIsReportedToBotAdminsButNotToManagers() {
        var anna = staff.promoted(registered("Анна", "ru"), "admin");
        var mark = staff.promoted(registered("Mark", "en"), "admin");
        var maria = staff.promoted(registered("Мария", "ru"), "manager");
        assertThat(sandbox.post("/sandbox/graph/token", "{\"valid\":false}", Map.of())
                        .statusCode())
                .isEqualTo(200);
        try {
            var sync = webAdmin.post("/meta/sync", "{}");
            assertThat(sync.statusCode()).as(sync.body()).isEqualTo(202);

            assertThat(anna.awaitMessage(message -> message.text().startsWith("⚠️"))
                            .text())
                    .startsWith("⚠️ <b>Meta: синхронизация не удалась</b>\n")
                    .endsWith("\nПрежние данные остаются до успешной синхронизации.");
            assertThat(mark.awaitMessage(message -> message.text().startsWith("⚠️"))
                            .text())
                    .startsWith("⚠️ <b>Meta: the synchronisation failed</b>\n");
            assertThat(maria.messages()).noneMatch(message -> message.text().startsWith("⚠️"));
        } finally {
            assertThat(sandbox.post("/sandbox/graph/reset", "{}", Map.of()).statusCode())
                    .isEqualTo(200);
        }
    }

    /** A user who sent /start and read the welcome. */
    private static TelegramUser registered(String firstName, String languageCode) {
        var user = TelegramUser.newUser(sandbox, firstName, languageCode);
        user.says("/start");
        user.reply();
        return user;
    }

    /** Walks the dialog to its summary with a typed phone and a comment. */
    private static BotMessage summaryOf(TelegramUser user, String client, String phone) {
        user.says("/lead");
        user.reply();
        user.says(client);
        user.reply();
        user.says(phone);
        user.reply();
        user.reply();
        user.says("срочно");
        BotMessage summary = user.reply();
        assertThat(summary.text()).contains(client, phone);
        assertThat(summary.callbackData()).hasSize(3);
        return summary;
    }

    private static String postLead(String name, String phone) {
        var accepted = gateway.post("/api/leads", Http.toJson(Map.of("name", name, "phone", phone)), apiKey);
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
        String id = Http.json(accepted).get("id").asString();
        lead(id);
        return id;
    }

    /** The lead as the gateway serves it, once leads-service stored it. */
    private static JsonNode lead(String id) {
        return eventually()
                .until(() -> gateway.get("/api/leads/" + id, apiKey), response -> response.statusCode() == 200)
                .body()
                .transform(Http.JSON::readTree);
    }

    private static List<JsonNode> leadsWithPhone(String phone) {
        return items("/api/leads?phone=" + phone.substring(1));
    }

    private static List<JsonNode> leadsNamed(String name) {
        return items("/api/leads?q=" + URLEncoder.encode(name, StandardCharsets.UTF_8)).stream()
                .filter(lead -> lead.get("name").asString().equals(name))
                .toList();
    }

    private static List<JsonNode> items(String path) {
        var response = gateway.get(path, apiKey);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return Http.json(response).get("items").valueStream().toList();
    }

    private static Matcher matching(Pattern pattern, BotMessage message) {
        Matcher matcher = pattern.matcher(message.text());
        assertThat(matcher.matches()).as(message.text()).isTrue();
        return matcher;
    }

    /** The number of the list's line that shows the lead, which its buttons carry as their label. */
    private static int rowOf(BotMessage list, String leadName) {
        Matcher line = Pattern.compile("(?m)^(\\d+)\\. (?:№\\d+ )?<b>" + Pattern.quote(leadName) + "</b>")
                .matcher(list.text());
        assertThat(line.find()).as(list.text()).isTrue();
        return Integer.parseInt(line.group(1));
    }

    private static int countLines(BotMessage list) {
        return (int) LIST_LINE.matcher(list.text()).results().count();
    }

    /** The Russian plural form for a count: 1 лид, 2 лида, 5 лидов, 11 лидов, 21 лид. */
    private static String ru(long count, String one, String few, String many) {
        long tens = count % 100;
        long units = count % 10;
        if (units == 1 && tens != 11) {
            return one;
        }
        return units >= 2 && units <= 4 && (tens < 12 || tens > 14) ? few : many;
    }

    /** A mobile number no other test uses, in E.164. */
    private static String newPhone() {
        return "+7916" + ThreadLocalRandom.current().nextInt(1_000_000, 10_000_000);
    }

    /** Letters only, so names stay valid for every check and unique to the test. */
    private static String uniqueWord() {
        var word = new StringBuilder();
        ThreadLocalRandom.current().ints(8, 'a', 'z' + 1).forEach(c -> word.append((char) c));
        return word.toString();
    }
}
