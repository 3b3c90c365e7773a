package com.targetbot.telegram.commands;

import com.targetbot.telegram.inbound.IncomingMessage;
import com.targetbot.telegram.leadform.LeadForm;
import org.springframework.stereotype.Component;

/** {@code /lead}: submit a lead, in a dialog or in one line. */
@Component
class LeadCommand implements BotCommand {

    private final LeadForm leadForm;

    LeadCommand(LeadForm leadForm) {
        this.leadForm = leadForm;
    }

    @Override
    public String name() {
        return "lead";
    }

    @Override
    public void handle(IncomingMessage message, String argument) {
        leadForm.start(message, argument);
    }

    @Override
    public boolean ownsDialog() {
        return true;
    }
}
