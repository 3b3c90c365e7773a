package com.targetbot.telegram.commands;

import com.targetbot.telegram.inbound.IncomingMessage;
import com.targetbot.telegram.status.IntegrationStatus;
import com.targetbot.telegram.users.BotRole;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** {@code /status}: integration health, for managers. */
@Component
class StatusCommand implements BotCommand {

    private final IntegrationStatus status;

    StatusCommand(IntegrationStatus status) {
        this.status = status;
    }

    @Override
    public String name() {
        return "status";
    }

    @Override
    public Optional<BotRole> requiredRole() {
        return Optional.of(BotRole.MANAGER);
    }

    @Override
    public void handle(IncomingMessage message, String argument) {
        status.show(message);
    }
}
