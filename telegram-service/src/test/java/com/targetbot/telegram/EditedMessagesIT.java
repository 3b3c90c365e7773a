package com.targetbot.telegram;

import static com.targetbot.telegram.TelegramUpdates.newUserId;
import static org.assertj.core.api.Assertions.assertThat;

import com.targetbot.telegram.SandboxTelegram.SentMessage;
import org.junit.jupiter.api.Test;

/**
 * Edits of sent messages: a hint during a dialog, silence otherwise. Updates of one chat are handled in
 * order, so a later answer proves an earlier update was handled.
 */
class EditedMessagesIT extends BotIntegration {

    @Test
    void editDuringALeadDialogGetsAHintToSendTheCorrectionAnewInTheUsersLanguage() throws Exception {
        long ivan = bot().registered("Иван", "ru", "client");
        long anna = bot().registered("Anna", "en", "client");

        bot().say(TelegramUpdates.text(ivan, "Иван", "ru", "/lead"));
        bot().say(TelegramUpdates.edited(ivan, ivan, "Иван", "ru", "Пётр"));
        bot().say(TelegramUpdates.text(anna, "Anna", "en", "/lead"));
        bot().say(TelegramUpdates.edited(anna, anna, "Anna", "en", "Jon"));

        assertThat(bot().awaitMessages(ivan, 3).getLast().text())
                .isEqualTo("Исправления в отправленных сообщениях не учитываются. Отправьте исправленное значение"
                        + " новым сообщением.");
        assertThat(bot().awaitMessages(anna, 3).getLast().text())
                .isEqualTo("Edited messages are not applied. Send the corrected value as a new message.");
    }

    @Test
    void editsWithoutADialogAndEditsInGroupsAreIgnored() throws Exception {
        long anna = bot().registered("Anna", "en", "client");
        long group = -newUserId();

        bot().say(TelegramUpdates.edited(anna, anna, "Anna", "en", "/help"));
        bot().say(TelegramUpdates.text(anna, "Anna", "en", "/lead"));
        bot().say(TelegramUpdates.edited(group, anna, "Anna", "en", "Jon"));
        bot().say(TelegramUpdates.groupText(group, anna, "Anna", "en", "/lead"));

        assertThat(bot().awaitMessages(anna, 2).getLast().text()).isEqualTo("New lead. What is the client’s name?");
        assertThat(bot().awaitMessages(group, 1))
                .extracting(SentMessage::text)
                .containsExactly("This command works only in a private chat with the bot.");
        assertThat(sandbox.messages(anna)).hasSize(2);
    }
}
