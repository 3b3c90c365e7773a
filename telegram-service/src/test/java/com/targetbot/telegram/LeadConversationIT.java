package com.targetbot.telegram;

import static com.targetbot.telegram.TelegramUpdates.newUserId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.targetbot.events.leads.LeadCreated;
import com.targetbot.events.leads.LeadSource;
import com.targetbot.telegram.SandboxTelegram.CallbackAnswer;
import com.targetbot.telegram.SandboxTelegram.SentMessage;
import com.targetbot.testkit.KafkaFixture;
import com.targetbot.testkit.Leads;
import com.targetbot.testkit.TopicProbe;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The {@code /lead} conversation through Kafka and the sandbox's Bot API, in both languages. */
class LeadConversationIT extends BotIntegration {

    static TopicProbe leadCommands;

    @BeforeAll
    static void openProbe() {
        leadCommands = new TopicProbe(KafkaFixture.bootstrapServers(), "leads.commands");
    }

    @AfterAll
    static void closeProbe() {
        leadCommands.close();
    }

    @Test
    void guidedDialogInRussianRefusesWrongInputAndConfirmsOnlyWhenTheLeadIsStored() throws Exception {
        long user = newUserId();

        say(TelegramUpdates.text(user, "Ольга", "ru", "/lead"));
        assertThat(awaitMessages(user, 1).getLast().text()).isEqualTo("Новая заявка. Как зовут клиента?");

        say(TelegramUpdates.text(user, "Ольга", "ru", "   "));
        assertThat(awaitMessages(user, 2).getLast().text()).startsWith("Имя не может быть пустым.");

        say(TelegramUpdates.text(user, "Ольга", "ru", "<b>Иван</b> & Co"));
        SentMessage askContact = awaitMessages(user, 3).getLast();
        assertThat(askContact.text()).startsWith("Телефон клиента");
        assertThat(askContact.replyMarkup().at("/keyboard/0/0/request_contact").asBoolean())
                .isTrue();

        say(TelegramUpdates.text(user, "Ольга", "ru", "12345"));
        assertThat(awaitMessages(user, 4).getLast().text()).startsWith("Не похоже на номер телефона.");

        say(TelegramUpdates.contact(user, "Ольга", "ru", "79991234567"));
        List<SentMessage> sent = awaitMessages(user, 6);
        assertThat(sent.get(4).text()).isEqualTo("Телефон: <code>+79991234567</code>");
        assertThat(sent.get(4).replyMarkup().get("remove_keyboard").asBoolean()).isTrue();
        SentMessage askComment = sent.get(5);
        assertThat(askComment.callbackData()).singleElement().asString().startsWith("lead:skip:" + user + ":");

        press(user, "ru", askComment, "lead:skip:");
        SentMessage summary = awaitMessages(user, 7).getLast();
        assertThat(summary.text())
                .isEqualTo("<b>Проверьте заявку</b>\nИмя: &lt;b&gt;Иван&lt;/b&gt; &amp; Co\n"
                        + "Телефон: <code>+79991234567</code>\nКомментарий: нет");
        assertThat(summary.callbackData())
                .hasSize(3)
                .allSatisfy(data -> assertThat(data.getBytes(java.nio.charset.StandardCharsets.UTF_8))
                        .hasSizeLessThanOrEqualTo(64));

        press(user, "ru", summary, "lead:confirm:");
        assertThat(awaitMessages(user, 8).getLast().text()).isEqualTo("Заявка отправлена, сохраняю…");
        JsonNode command = awaitCreateLead(user);
        assertThat(command.get("contact").get("name").asString()).isEqualTo("<b>Иван</b> & Co");
        assertThat(command.get("contact").get("phone").asString()).isEqualTo("+79991234567");
        assertThat(command.get("source").asString()).isEqualTo("telegram");
        String leadId = command.get("leadId").asString();
        assertThat(java.util.UUID.fromString(leadId).version()).isEqualTo(7);
        assertThat(redis.hasKey("telegram:dialog:" + user)).isFalse();
        // The confirmation follows the fact: nothing more until leads-service says it stored the lead.
        assertThat(sandbox.messages(user)).hasSize(8);

        say(stored(leadId, "<b>Иван</b> & Co", user));

        assertThat(awaitMessages(user, 9).getLast().text())
                .isEqualTo("Заявка №1042 сохранена: &lt;b&gt;Иван&lt;/b&gt; &amp; Co.");
    }

    @Test
    void guidedDialogInEnglishWithATypedPhoneACommentAndAnEdit() throws Exception {
        long user = newUserId();

        say(TelegramUpdates.text(user, "Anna", "en-GB", "/lead"));
        assertThat(awaitMessages(user, 1).getLast().text()).isEqualTo("New lead. What is the client’s name?");
        say(TelegramUpdates.text(user, "Anna", "en-GB", "Jon"));
        awaitMessages(user, 2);
        say(TelegramUpdates.text(user, "Anna", "en-GB", "+44 20 7946 0958"));
        assertThat(awaitMessages(user, 4).get(2).text()).isEqualTo("Phone: <code>+442079460958</code>");
        say(TelegramUpdates.text(user, "Anna", "en-GB", "call after 6"));
        SentMessage summary = awaitMessages(user, 5).getLast();
        assertThat(summary.text())
                .startsWith("<b>Check the lead</b>\nName: Jon")
                .endsWith("Comment: call after 6");

        press(user, "en-GB", summary, "lead:edit:");
        assertThat(awaitMessages(user, 6).getLast().text()).isEqualTo("New lead. What is the client’s name?");
        say(TelegramUpdates.text(user, "Anna", "en-GB", "John"));
        say(TelegramUpdates.text(user, "Anna", "en-GB", "+44 20 7946 0958"));
        say(TelegramUpdates.text(user, "Anna", "en-GB", "call after 6"));
        summary = awaitMessages(user, 10).getLast();
        assertThat(summary.text()).contains("Name: John");

        press(user, "en-GB", summary, "lead:confirm:");
        assertThat(awaitMessages(user, 11).getLast().text()).isEqualTo("The lead is submitted, saving…");
        JsonNode command = awaitCreateLead(user);
        assertThat(command.get("comment").asString()).isEqualTo("call after 6");
        say(Leads.leadCreated()
                .leadId(command.get("leadId").asString())
                .name("John")
                .source(LeadSource.TELEGRAM)
                .at(Instant.now())
                .by("telegram:" + user)
                .build());

        // A lead announced without a number (stored before numbers existed) is named by its id.
        assertThat(awaitMessages(user, 12).getLast().text())
                .isEqualTo("Lead No. <code>" + command.get("leadId").asString() + "</code> is saved: John.");
    }

    @Test
    void oneLineFormSubmitsAtOnce() throws Exception {
        long user = newUserId();

        say(TelegramUpdates.text(user, "Ольга", "ru", "/lead Пётр | +7 999 123-45-67 | перезвонить вечером"));

        assertThat(awaitMessages(user, 1).getLast().text()).isEqualTo("Заявка отправлена, сохраняю…");
        JsonNode command = awaitCreateLead(user);
        assertThat(command.get("contact").get("name").asString()).isEqualTo("Пётр");
        assertThat(command.get("contact").get("phone").asString()).isEqualTo("+79991234567");
        assertThat(command.get("comment").asString()).isEqualTo("перезвонить вечером");
        assertThat(command.get("requestedBy").asString()).isEqualTo("telegram:" + user);
    }

    @Test
    void oneLineFormWithABadPhoneExplainsTheFormatInEnglish() throws Exception {
        long user = newUserId();

        say(TelegramUpdates.text(user, "Anna", "en", "/lead Jon | 555 | hi"));

        assertThat(awaitMessages(user, 1).getLast().text())
                .startsWith("That does not look like a phone number.")
                .contains("<code>/lead Name | +7 999 123-45-67 | comment</code>");
    }

    @Test
    void expiredDialogSaysSoWhenItsButtonIsPressed() throws Exception {
        long user = newUserId();
        say(TelegramUpdates.text(user, "Ольга", "ru", "/lead"));
        say(TelegramUpdates.text(user, "Ольга", "ru", "Иван"));
        say(TelegramUpdates.text(user, "Ольга", "ru", "+7 999 123-45-67"));
        say(TelegramUpdates.text(user, "Ольга", "ru", "без комментария"));
        SentMessage summary = awaitMessages(user, 5).getLast();
        String dialogKey = "telegram:dialog:" + user;
        assertThat(redis.getExpire(dialogKey, TimeUnit.SECONDS)).isBetween(1L, 30 * 60L);

        // What the TTL does when the user walks away.
        redis.expire(dialogKey, Duration.ofMillis(1));
        await().until(() -> !redis.hasKey(dialogKey));
        press(user, "ru", summary, "lead:confirm:");

        assertThat(awaitMessages(user, 6).getLast().text())
                .isEqualTo("Этот диалог уже закрыт или истёк. Начните заново: /lead");
        say(TelegramUpdates.text(user, "Ольга", "ru", "Иван"));
        assertThat(awaitMessages(user, 7).getLast().text()).contains("/help");
    }

    @Test
    void strangerPressingSomeoneElsesButtonChangesNothing() throws Exception {
        long owner = newUserId();
        long stranger = newUserId();
        long russianStranger = newUserId();
        say(TelegramUpdates.text(owner, "Ольга", "ru", "/lead Иван | +7 999 123-45-67"));
        awaitMessages(owner, 1);
        say(TelegramUpdates.text(owner, "Ольга", "ru", "/lead"));
        say(TelegramUpdates.text(owner, "Ольга", "ru", "Пётр"));
        say(TelegramUpdates.text(owner, "Ольга", "ru", "+7 999 765-43-21"));
        say(TelegramUpdates.text(owner, "Ольга", "ru", "срочно"));
        SentMessage summary = awaitMessages(owner, 6).getLast();
        String dialog = redis.opsForValue().get("telegram:dialog:" + owner);

        String confirm = summary.callbackData().getFirst();
        String cancel = summary.callbackData().getLast();
        say(bot().press(owner, summary.messageId(), stranger, "Eve", "en", confirm));
        say(bot().press(owner, summary.messageId(), russianStranger, "Пётр", "ru", cancel));
        // The owner's next text is handled after the strangers' presses: same chat, same partition.
        say(TelegramUpdates.text(owner, "Ольга", "ru", "ещё текст"));

        assertThat(awaitMessages(owner, 7).getLast().text()).startsWith("Заявка готова: нажмите");
        assertThat(redis.opsForValue().get("telegram:dialog:" + owner)).isEqualTo(dialog);
        assertThat(sandbox.messages(stranger)).isEmpty();
        assertThat(sandbox.messages(russianStranger)).isEmpty();
        assertThat(bot().awaitCallbackAnswers(stranger, 1))
                .singleElement()
                .isEqualTo(new CallbackAnswer(owner, confirm, "This button is not for you.", true));
        assertThat(bot().awaitCallbackAnswers(russianStranger, 1))
                .singleElement()
                .isEqualTo(new CallbackAnswer(owner, cancel, "Эта кнопка не для вас.", true));
    }

    @Test
    void clientsContactCardGivesThePhoneAndTheTypedNameStaysInRussian() throws Exception {
        long user = askedForThePhone("Ольга", "ru", "Иван");

        // A card of another Telegram user, e.g. forwarded from a chat with the client.
        say(TelegramUpdates.contactCard(user, "Ольга", "ru", "79991234567", "Ваня Петров", newUserId()));
        assertThat(awaitMessages(user, 4).get(2).text()).isEqualTo("Телефон: <code>+79991234567</code>");
        say(TelegramUpdates.text(user, "Ольга", "ru", "срочно"));

        assertThat(awaitMessages(user, 5).getLast().text())
                .isEqualTo("<b>Проверьте заявку</b>\nИмя: Иван\nТелефон: <code>+79991234567</code>\n"
                        + "Комментарий: срочно");
    }

    @Test
    void contactCardOfSomeoneNotOnTelegramGivesThePhoneInEnglishAndABadOneIsRefused() throws Exception {
        long user = askedForThePhone("Anna", "en", "Jon");

        // An address-book card: no Telegram user behind it.
        say(TelegramUpdates.contactCard(user, "Anna", "en", "12345", "Jon Doe", null));
        assertThat(awaitMessages(user, 3).getLast().text()).startsWith("That does not look like a phone number.");
        say(TelegramUpdates.contactCard(user, "Anna", "en", "442079460958", "Jon Doe", null));
        assertThat(awaitMessages(user, 5).get(3).text()).isEqualTo("Phone: <code>+442079460958</code>");
        say(TelegramUpdates.text(user, "Anna", "en", "call after 6"));

        assertThat(awaitMessages(user, 6).getLast().text())
                .startsWith("<b>Check the lead</b>\nName: Jon\nPhone: <code>+442079460958</code>");
    }

    @Test
    void anyCommandEndsTheDialogAndCancelSaysWhetherThereWasOne() throws Exception {
        long user = newUserId();
        say(TelegramUpdates.text(user, "Anna", "en", "/lead"));
        say(TelegramUpdates.text(user, "Anna", "en", "/help"));
        say(TelegramUpdates.text(user, "Anna", "en", "Jon"));
        assertThat(awaitMessages(user, 3).getLast().text()).contains("/help");

        say(TelegramUpdates.text(user, "Anna", "en", "/lead"));
        say(TelegramUpdates.text(user, "Anna", "en", "/cancel"));
        assertThat(awaitMessages(user, 5).getLast().text()).isEqualTo("All right, cancelled.");
        say(TelegramUpdates.text(user, "Anna", "en", "/cancel"));
        assertThat(awaitMessages(user, 6).getLast().text()).isEqualTo("Nothing to cancel: no dialog is open.");
    }

    @Test
    void chosenLanguageWinsOverTheClients() throws Exception {
        long user = newUserId();
        say(TelegramUpdates.text(user, "Anna", "en", "/language"));
        SentMessage choice = awaitMessages(user, 1).getLast();
        assertThat(choice.callbackData()).containsExactly("lang:ru", "lang:en");

        say(bot().press(user, choice.messageId(), user, "Anna", "en", "lang:ru"));
        assertThat(awaitMessages(user, 2).getLast().text()).isEqualTo("Готово: теперь я говорю по-русски.");
        say(TelegramUpdates.text(user, "Anna", "en", "/lead"));

        assertThat(awaitMessages(user, 3).getLast().text()).isEqualTo("Новая заявка. Как зовут клиента?");
    }

    @Test
    void groupChatterIsIgnoredAndPrivateCommandsPointToThePrivateChat() throws Exception {
        long group = -newUserId();
        long user = newUserId();

        say(TelegramUpdates.groupText(group, user, "Anna", "en", "hello everyone"));
        say(TelegramUpdates.groupText(group, user, "Anna", "en", "/lead Jon | +44 20 7946 0958"));

        assertThat(awaitMessages(group, 1))
                .singleElement()
                .extracting(SentMessage::text)
                .isEqualTo("This command works only in a private chat with the bot.");
    }

    /** A new user who opened the dialog and named the client, so the bot now asks for the phone. */
    private long askedForThePhone(String firstName, String languageCode, String client) throws Exception {
        long user = newUserId();
        say(TelegramUpdates.text(user, firstName, languageCode, "/lead"));
        say(TelegramUpdates.text(user, firstName, languageCode, client));
        awaitMessages(user, 2);
        return user;
    }

    private void press(long user, String languageCode, SentMessage message, String dataPrefix) throws Exception {
        String data = message.callbackData().stream()
                .filter(d -> d.startsWith(dataPrefix))
                .findFirst()
                .orElseThrow();
        say(bot().press(user, message.messageId(), user, "User", languageCode, data));
    }

    private JsonNode awaitCreateLead(long user) {
        return await().until(
                        () -> leadCommands.poll(Duration.ofMillis(200)).stream()
                                .map(record -> TelegramUpdates.JSON.readTree(record.value()))
                                .filter(json -> ("telegram:" + user)
                                        .equals(json.path("requestedBy").asString(null)))
                                .findFirst(),
                        java.util.Optional::isPresent)
                .orElseThrow();
    }

    private static LeadCreated stored(String leadId, String name, long user) {
        return Leads.leadCreated()
                .leadId(leadId)
                .name(name)
                .phone("+79991234567")
                .email(null)
                .source(LeadSource.TELEGRAM)
                .at(Instant.now())
                .by("telegram:" + user)
                .number(1042)
                .build();
    }
}
