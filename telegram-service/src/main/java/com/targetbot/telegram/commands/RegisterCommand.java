package com.targetbot.telegram.commands;

import com.targetbot.telegram.groups.RegisteredGroups;
import com.targetbot.telegram.i18n.BotTexts;
import com.targetbot.telegram.inbound.IncomingMessage;
import com.targetbot.telegram.outbound.OutboundMessages;
import com.targetbot.telegram.projects.ProjectBinding;
import com.targetbot.telegram.users.BotRole;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * {@code /register} in a group: an admin makes the group a destination for notifications. Anyone else is
 * refused, since a registered group receives the agency's private data. While the bot knows projects, the answer
 * offers them, to bind the group (in the forum topic the command came from) to one ({@link ProjectBinding}).
 */
@Component
class RegisterCommand implements BotCommand {

    private final RegisteredGroups groups;
    private final BotTexts texts;
    private final OutboundMessages outbound;
    private final ProjectBinding projects;

    RegisterCommand(RegisteredGroups groups, BotTexts texts, OutboundMessages outbound, ProjectBinding projects) {
        this.groups = groups;
        this.texts = texts;
        this.outbound = outbound;
        this.projects = projects;
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
        if (message.privateChat()) {
            outbound.sendHtml(message.chatId(), texts.text(message.language(), "register.groups-only"));
            return;
        }
        String key = groups.register(message.chatId(), message.language()) ? "register.done" : "register.already";
        outbound.sendHtml(
                message.chatId(),
                message.topicId(),
                texts.text(message.language(), key),
                projects.choice(message.topicId(), message.language()).orElse(null));
    }

    @Override
    public boolean worksInGroups() {
        return true;
    }
}
