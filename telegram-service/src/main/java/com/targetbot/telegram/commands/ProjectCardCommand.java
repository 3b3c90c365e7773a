package com.targetbot.telegram.commands;

import com.targetbot.telegram.inbound.IncomingMessage;
import com.targetbot.telegram.projects.ProjectCards;
import com.targetbot.telegram.users.BotRole;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * {@code /project}: a group's own project card for anyone in the group (the group was bound by an admin), the list
 * of every project for admins in a private chat.
 */
@Component
class ProjectCardCommand implements BotCommand {

    private final ProjectCards cards;

    ProjectCardCommand(ProjectCards cards) {
        this.cards = cards;
    }

    @Override
    public String name() {
        return "project";
    }

    @Override
    public Optional<BotRole> requiredRole(boolean privateChat) {
        return privateChat ? Optional.of(BotRole.ADMIN) : Optional.empty();
    }

    @Override
    public void handle(IncomingMessage message, String argument) {
        cards.show(message);
    }

    @Override
    public boolean worksInGroups() {
        return true;
    }
}
