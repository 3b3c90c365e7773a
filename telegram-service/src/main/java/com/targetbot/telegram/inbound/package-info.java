/**
 * What users send the bot, as the features see it: messages (texts and shared contacts) and button
 * presses, with the language to answer in already resolved. The updates feature builds them from Bot API
 * updates; commands and dialogs consume them.
 */
@NullMarked
package com.targetbot.telegram.inbound;

import org.jspecify.annotations.NullMarked;
