package com.targetbot.telegram.inbound;

import com.targetbot.telegram.i18n.BotLanguage;
import com.targetbot.telegram.users.TelegramProfile;

/**
 * A press of an inline button (a callback query).
 *
 * @param queryId the callback query to answer
 * @param chatId the chat of the message that carries the button
 * @param messageId that message
 * @param privateChat whether that chat is the presser's private chat with the bot
 * @param from who pressed it: not necessarily whom the button was meant for
 * @param data the button's callback data, at most 64 bytes, as the bot wrote it
 * @param language the presser's language
 */
public record ButtonPress(
        String queryId,
        long chatId,
        int messageId,
        boolean privateChat,
        TelegramProfile from,
        String data,
        BotLanguage language) {}
