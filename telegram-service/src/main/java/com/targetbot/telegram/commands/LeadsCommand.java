package com.targetbot.telegram.commands;

import com.targetbot.telegram.inbound.IncomingMessage;
import com.targetbot.telegram.leadboard.LeadBoard;
import com.targetbot.telegram.users.BotRole;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** {@code /leads}: the latest leads with status buttons, for managers. */
@Component
class LeadsCommand implements BotCommand {

    private final LeadBoard board;

    LeadsCommand(LeadBoard board) {
        this.board = board;
    }

    @Override
    public String name() {
        return "leads";
    }

    @Override
    public Optional<BotRole> requiredRole() {
        return Optional.of(BotRole.MANAGER);
    }

    @Override
    public void handle(IncomingMessage message, String argument) {
        board.show(message);
    }

    /** A manager may look at the leads in the agency's group as well. */
    @Override
    public boolean worksInGroups() {
        return true;
    }
}
