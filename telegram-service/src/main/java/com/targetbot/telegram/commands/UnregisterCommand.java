package com.targetbot.telegram.commands;

import com.targetbot.telegram.groups.RegisteredGroups;
import com.targetbot.telegram.i18n.BotTexts;
import com.targetbot.telegram.inbound.IncomingMessage;
import com.targetbot.telegram.outbound.OutboundMessages;
import com.targetbot.telegram.users.BotRole;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * {@code /unregister} in a group: an admin stops the group's notifications (a chat the agency left, or one
 * registered by mistake). The answer is in the group's language, the last message the group gets from the bot.
 */
@Component
class UnregisterCommand implements BotCommand {

    private final RegisteredGroups groups;
    private final BotTexts texts;
    private final OutboundMessages outbound;

    UnregisterCommand(RegisteredGroups groups, BotTexts texts, OutboundMessages outbound) {
        this.groups = groups;
        this.texts = texts;
        this.outbound = outbound;
    }

    @Override
    public String name() {
        return "unregister";
    }

    @Override
    public Optional<BotRole> requiredRole() {
        return Optional.of(BotRole.ADMIN);
    }

    @Override
    public void handle(IncomingMessage message, String argument) {
        if (message.privateChat()) {
            outbound.sendHtml(message.chatId(), texts.text(message.language(), "unregister.groups-only"));
            return;
        }
        var language = groups.unregister(message.chatId());
        String key = language.isPresent() ? "unregister.done" : "unregister.not-registered";
        outbound.sendHtml(message.chatId(), texts.text(language.orElse(message.language()), key));
    }

    @Override
    public boolean worksInGroups() {
        return true;
    }
}
