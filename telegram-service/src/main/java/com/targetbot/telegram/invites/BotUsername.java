package com.targetbot.telegram.invites;

import com.targetbot.telegram.config.BotProperties;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.telegram.telegrambots.meta.api.methods.GetMe;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * The bot's {@code @username}, which invite links name: configured, or asked from Telegram with {@code getMe}
 * at start-up and, when Telegram did not answer then, at the first link.
 */
@Component
class BotUsername {

    private static final Logger log = LoggerFactory.getLogger(BotUsername.class);

    private final TelegramClient client;
    private volatile @Nullable String known;

    BotUsername(TelegramClient client, BotProperties properties) {
        this.client = client;
        String configured = properties.username();
        this.known = configured == null || configured.isBlank() ? null : configured.strip();
    }

    /** A failure is logged, not fatal: only invites need the name, and they ask again. */
    @EventListener(ApplicationReadyEvent.class)
    void learn() {
        try {
            log.info("Invite links name the bot @{}", get());
        } catch (BotUnknownException e) {
            log.warn("{}", e.getMessage());
        }
    }

    String get() {
        String name = known;
        if (name != null) {
            return name;
        }
        try {
            name = client.execute(new GetMe()).getUserName();
        } catch (TelegramApiException e) {
            throw new BotUnknownException("The bot's username is unknown: getMe failed: " + e.getMessage(), e);
        }
        known = name;
        return name;
    }
}
