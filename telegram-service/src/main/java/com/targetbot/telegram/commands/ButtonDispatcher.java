package com.targetbot.telegram.commands;

import com.targetbot.telegram.i18n.BotTexts;
import com.targetbot.telegram.inbound.ButtonPress;
import com.targetbot.telegram.leadboard.LeadBoard;
import com.targetbot.telegram.leadform.LeadForm;
import com.targetbot.telegram.outbound.OutboundMessages;
import com.targetbot.telegram.reporting.Reports;
import org.springframework.stereotype.Component;

/**
 * Routes a button press by the prefix of its data. Each feature checks who pressed: the data says what
 * the button does, never whether the presser may do it.
 */
@Component
public class ButtonDispatcher {

    private final LeadForm leadForm;
    private final LanguageCommand language;
    private final LeadBoard board;
    private final Reports reports;
    private final BotTexts texts;
    private final OutboundMessages outbound;

    ButtonDispatcher(
            LeadForm leadForm,
            LanguageCommand language,
            LeadBoard board,
            Reports reports,
            BotTexts texts,
            OutboundMessages outbound) {
        this.leadForm = leadForm;
        this.language = language;
        this.board = board;
        this.reports = reports;
        this.texts = texts;
        this.outbound = outbound;
    }

    public void dispatch(ButtonPress press) {
        String prefix = press.data().split(":", 2)[0];
        switch (prefix) {
            case LeadForm.BUTTON_PREFIX -> leadForm.onButton(press);
            case LanguageCommand.BUTTON_PREFIX -> language.onButton(press);
            case LeadBoard.BUTTON_PREFIX, LeadBoard.NOTICE_PREFIX -> board.onButton(press);
            case Reports.BUTTON_PREFIX -> reports.onButton(press);
            // A button of an older bot version, or forged data: say so instead of spinning forever.
            default -> outbound.answerCallback(press.queryId(), texts.text(press.language(), "button.unknown"), true);
        }
    }
}
