package com.targetbot.telegram.commands;

import com.targetbot.telegram.i18n.BotTexts;
import com.targetbot.telegram.inbound.IncomingMessage;
import com.targetbot.telegram.outbound.OutboundMessages;
import org.springframework.stereotype.Component;

/** {@code /help}: what the bot is and which commands it knows. */
@Component
class HelpCommand implements BotCommand {

    private final BotTexts texts;
    private final OutboundMessages outbound;

    HelpCommand(BotTexts texts, OutboundMessages outbound) {
        this.texts = texts;
        this.outbound = outbound;
    }

    @Override
    public String name() {
        return "help";
    }

    @Override
    public void handle(IncomingMessage message, String argument) {
        var language = message.language();
        outbound.sendHtml(
                message.chatId(),
                texts.text(language, "help.intro") + "\n\n" + texts.text(language, "bot.capabilities"));
    }
}
