/**
 * telegram-service: the Telegram bot. It consumes the Bot API updates on {@code telegram.updates} (from the
 * gateway's webhook or its own long polling), registers users and answers their commands by queueing
 * messages on {@code telegram.outbound}, which its sender delivers through the Bot API.
 */
@NullMarked
package com.targetbot.telegram;

import org.jspecify.annotations.NullMarked;
