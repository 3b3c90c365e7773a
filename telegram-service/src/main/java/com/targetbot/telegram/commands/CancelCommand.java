package com.targetbot.telegram.commands;

import com.targetbot.telegram.i18n.BotTexts;
import com.targetbot.telegram.inbound.IncomingMessage;
import com.targetbot.telegram.leadform.LeadForm;
import com.targetbot.telegram.outbound.Keyboards;
import com.targetbot.telegram.outbound.OutboundMessages;
import org.springframework.stereotype.Component;

/** {@code /cancel}: leaves the open dialog, saying whether there was one. */
@Component
class CancelCommand implements BotCommand {

    private final LeadForm leadForm;
    private final BotTexts texts;
    private final OutboundMessages outbound;

    CancelCommand(LeadForm leadForm, BotTexts texts, OutboundMessages outbound) {
        this.leadForm = leadForm;
        this.texts = texts;
        this.outbound = outbound;
    }

    @Override
    public String name() {
        return "cancel";
    }

    @Override
    public void handle(IncomingMessage message, String argument) {
        boolean ended = leadForm.end(message.from().userId());
        outbound.sendHtml(
                message.chatId(),
                texts.text(message.language(), ended ? "cancel.done" : "cancel.nothing"),
                Keyboards.removeKeyboard());
    }

    @Override
    public boolean ownsDialog() {
        return true;
    }
}
