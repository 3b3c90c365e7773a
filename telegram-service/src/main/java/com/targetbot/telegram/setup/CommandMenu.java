package com.targetbot.telegram.setup;

import com.targetbot.telegram.i18n.BotLanguage;
import com.targetbot.telegram.i18n.BotTexts;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.telegram.telegrambots.meta.api.methods.commands.SetMyCommands;
import org.telegram.telegrambots.meta.api.objects.commands.BotCommand;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * The command menu users see in their language: one list per bot language, and the English one for
 * clients in any other language (as the bot answers them in English).
 */
@Component
class CommandMenu {

    static final List<String> COMMANDS =
            List.of("lead", "leads", "report", "status", "project", "stat", "language", "help", "cancel", "start");

    private static final Logger log = LoggerFactory.getLogger(CommandMenu.class);

    private final TelegramClient client;
    private final BotTexts texts;

    CommandMenu(TelegramClient client, BotTexts texts) {
        this.client = client;
        this.texts = texts;
    }

    /** A failure is logged, not fatal: the bot works without a menu, and the next start sets it. */
    @EventListener(ApplicationReadyEvent.class)
    void publish() {
        try {
            for (BotLanguage language : BotLanguage.values()) {
                set(language, language.locale().getLanguage().toLowerCase(Locale.ROOT));
            }
            set(BotLanguage.EN, null);
            log.info("Command menu set in {}", List.of(BotLanguage.values()));
        } catch (TelegramApiException e) {
            log.warn("Command menu not set: {}", e.getMessage());
        }
    }

    private void set(BotLanguage language, @Nullable String languageCode) throws TelegramApiException {
        var commands = COMMANDS.stream()
                .map(name -> new BotCommand(name, texts.text(language, "menu." + name)))
                .toList();
        client.execute(SetMyCommands.builder()
                .commands(commands)
                .languageCode(languageCode)
                .build());
    }
}
