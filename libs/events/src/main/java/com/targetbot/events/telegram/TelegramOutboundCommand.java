package com.targetbot.events.telegram;

import com.targetbot.events.Event;

/** Messages the bot must deliver; one sender consumes them and respects Telegram's rate limits. */
public sealed interface TelegramOutboundCommand extends Event permits SendTelegramMessage, EditTelegramMessage {}
