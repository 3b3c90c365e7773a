/**
 * The Telegram webhook: checks the secret token in constant time, validates the update and publishes it
 * to {@code telegram.updates} keyed by chat id, answering only after the broker acknowledged it.
 */
@NullMarked
package com.targetbot.gateway.webhook;

import org.jspecify.annotations.NullMarked;
