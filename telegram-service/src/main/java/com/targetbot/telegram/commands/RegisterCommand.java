package com.targetbot.telegram.commands;

import com.targetbot.telegram.groups.RegisteredGroups;
import com.targetbot.telegram.i18n.BotTexts;
import com.targetbot.telegram.inbound.IncomingMessage;
import com.targetbot.telegram.outbound.OutboundMessages;
import com.targetbot.telegram.users.BotRole;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * {@code /register} in a group: an admin makes the group a destination for notifications. Anyone else is
 * refused, since a registered group receives the agency's private data.
 */
@Component
class RegisterCommand implements BotCommand {

    private final RegisteredGroups groups;
    private final BotTexts texts;
    private final OutboundMessages outbound;

    RegisterCommand(RegisteredGroups groups, BotTexts texts, OutboundMessages outbound) {
        this.groups = groups;
        this.texts = texts;
        this.outbound = outbound;
    }

    @Override
    public String name() {
        return "register";
    }

    @Override
    public Optional<BotRole> requiredRole() {
        return Optional.of(BotRole.ADMIN);
    }

    @Override
    public void handle(IncomingMessage message, String argument) {
        String key;
        if (message.privateChat()) {
            key = "register.groups-only";
        } else {
            key = groups.register(message.chatId(), message.language()) ? "register.done" : "register.already";
        }
        outbound.sendHtml(message.chatId(), texts.text(message.language(), key));
    }

    @Override
    public boolean worksInGroups() {
        return true;
    }
}
