/**
 * The Telegram Bot API stand-in: {@code /bot{token}/{method}} with Telegram's JSON shapes, error texts, webhook and
 * long-polling rules and (when switched on) its flood limits, plus the control API under {@code /sandbox/telegram}
 * through which tests play users (their own contact or another person's card among their actions) and read what the
 * bot sent, including its answers to button presses.
 */
@NullMarked
package com.targetbot.sandbox.telegram;

import org.jspecify.annotations.NullMarked;
