package com.targetbot.telegram.commands;

import com.targetbot.telegram.inbound.IncomingMessage;
import com.targetbot.telegram.reporting.Reports;
import org.springframework.stereotype.Component;

/** {@code /report}: the latest reports and buttons to order a new one. */
@Component
class ReportCommand implements BotCommand {

    private final Reports reports;

    ReportCommand(Reports reports) {
        this.reports = reports;
    }

    @Override
    public String name() {
        return "report";
    }

    @Override
    public void handle(IncomingMessage message, String argument) {
        reports.show(message);
    }
}
