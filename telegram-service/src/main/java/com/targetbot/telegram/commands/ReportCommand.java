package com.targetbot.telegram.commands;

import com.targetbot.telegram.inbound.IncomingMessage;
import com.targetbot.telegram.reports.Reports;
import com.targetbot.telegram.users.BotRole;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** {@code /report}: the latest reports and buttons to order a new one, for managers. */
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
    public Optional<BotRole> requiredRole() {
        return Optional.of(BotRole.MANAGER);
    }

    @Override
    public void handle(IncomingMessage message, String argument) {
        reports.show(message);
    }
}
