package com.targetbot.events.telegram;

import com.targetbot.events.Event;

/** Inbound Telegram traffic, keyed by chat id so one chat's updates are handled in order. */
public sealed interface TelegramUpdateEvent extends Event permits TelegramUpdateReceived {}
