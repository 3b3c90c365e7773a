/**
 * Inbound Bot API updates from {@code telegram.updates}: each {@code update_id} is handled once (Telegram
 * redelivers an unacknowledged update for up to a day), parsed into telegrambots' {@code Update}; texts and
 * shared contacts go to the commands, as do edits of earlier messages, button presses to the button dispatcher, both with the language the
 * user chose; the bot's own removal from a chat ({@code my_chat_member}) unbinds the chat from its projects; other kinds of update are ignored until a feature wants them.
 */
@NullMarked
package com.targetbot.telegram.updates;

import org.jspecify.annotations.NullMarked;
