package com.targetbot.telegram.commands;

import com.targetbot.telegram.inbound.IncomingMessage;
import com.targetbot.telegram.projects.ProjectStats;
import org.springframework.stereotype.Component;

/** {@code /stat}: a project's figures, for anyone in the project's group (an admin bound it). */
@Component
class StatCommand implements BotCommand {

    private final ProjectStats stats;

    StatCommand(ProjectStats stats) {
        this.stats = stats;
    }

    @Override
    public String name() {
        return "stat";
    }

    @Override
    public void handle(IncomingMessage message, String argument) {
        stats.show(message);
    }

    @Override
    public boolean worksInGroups() {
        return true;
    }
}
