/**
 * The Telegram Bot API stand-in: {@code /bot{token}/{method}} with Telegram's JSON shapes, error texts, webhook and
 * long-polling rules and (when switched on) its flood limits, plus the control API under {@code /sandbox/telegram}
 * through which tests play users and read what the bot sent.
 */
@NullMarked
package com.targetbot.sandbox.telegram;

import org.jspecify.annotations.NullMarked;
