package com.targetbot.telegram.commands;

import com.targetbot.telegram.i18n.BotTexts;
import com.targetbot.telegram.inbound.IncomingMessage;
import com.targetbot.telegram.outbound.OutboundMessages;
import com.targetbot.telegram.outbound.TelegramHtml;
import com.targetbot.telegram.users.BotUserRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * {@code /start} (also {@code /start <payload>} from a deep link): registers the user on first contact and
 * welcomes them by name. Sending it again keeps the user's token and only refreshes their profile.
 */
@Component
class StartCommand implements BotCommand {

    private static final Logger log = LoggerFactory.getLogger(StartCommand.class);

    private final BotUserRepository users;
    private final BotTexts texts;
    private final OutboundMessages outbound;

    StartCommand(BotUserRepository users, BotTexts texts, OutboundMessages outbound) {
        this.users = users;
        this.texts = texts;
        this.outbound = outbound;
    }

    @Override
    public String name() {
        return "start";
    }

    @Override
    public void handle(IncomingMessage message, String argument) {
        var registration = users.register(message.from(), message.chatId());
        if (registration.firstContact()) {
            log.info("Registered Telegram user {}", message.from().userId());
        }
        var language = message.language();
        String greeting = texts.text(
                language,
                registration.firstContact() ? "start.welcome" : "start.welcome-back",
                TelegramHtml.escape(message.from().firstName()));
        outbound.sendHtml(message.chatId(), greeting + "\n\n" + texts.text(language, "bot.capabilities"));
    }
}
