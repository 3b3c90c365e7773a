/**
 * Inbound Bot API updates from {@code telegram.updates}: each {@code update_id} is handled once (Telegram
 * redelivers an unacknowledged update for up to a day), parsed into telegrambots' {@code Update}, and text
 * messages go to the commands; other kinds of update are ignored until a feature wants them.
 */
@NullMarked
package com.targetbot.telegram.updates;

import org.jspecify.annotations.NullMarked;
