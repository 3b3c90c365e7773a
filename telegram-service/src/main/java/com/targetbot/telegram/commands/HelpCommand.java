package com.targetbot.telegram.commands;

import com.targetbot.telegram.i18n.BotTexts;
import com.targetbot.telegram.inbound.IncomingMessage;
import com.targetbot.telegram.outbound.OutboundMessages;
import com.targetbot.telegram.users.BotRole;
import org.springframework.stereotype.Component;

/**
 * {@code /help}: what the bot is and which commands it knows; admins also read about {@code /invite}, which
 * the public command menu leaves out.
 */
@Component
class HelpCommand implements BotCommand {

    private final RoleGate roles;
    private final BotTexts texts;
    private final OutboundMessages outbound;

    HelpCommand(RoleGate roles, BotTexts texts, OutboundMessages outbound) {
        this.roles = roles;
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
        String admin =
                roles.admits(message.from().userId(), BotRole.ADMIN) ? "\n\n" + texts.text(language, "help.admin") : "";
        outbound.sendHtml(
                message.chatId(),
                texts.text(language, "help.intro") + "\n\n" + texts.text(language, "bot.capabilities") + admin);
    }
}
