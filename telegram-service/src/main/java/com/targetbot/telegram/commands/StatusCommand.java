package com.targetbot.telegram.commands;

import com.targetbot.telegram.inbound.IncomingMessage;
import com.targetbot.telegram.reporting.Reports;
import org.springframework.stereotype.Component;

/** {@code /status}: integration health. */
@Component
class StatusCommand implements BotCommand {

    private final Reports reports;

    StatusCommand(Reports reports) {
        this.reports = reports;
    }

    @Override
    public String name() {
        return "status";
    }

    @Override
    public void handle(IncomingMessage message, String argument) {
        reports.status(message);
    }
}
