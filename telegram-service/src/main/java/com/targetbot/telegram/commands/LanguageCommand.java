package com.targetbot.telegram.commands;

import com.targetbot.telegram.i18n.BotLanguage;
import com.targetbot.telegram.i18n.BotTexts;
import com.targetbot.telegram.i18n.LanguagePreferences;
import com.targetbot.telegram.inbound.ButtonPress;
import com.targetbot.telegram.inbound.IncomingMessage;
import com.targetbot.telegram.outbound.Keyboards;
import com.targetbot.telegram.outbound.Keyboards.Button;
import com.targetbot.telegram.outbound.OutboundMessages;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * {@code /language}: buttons to choose Russian or English. A press sets the language of whoever pressed
 * it, so pressing another user's buttons in a group changes only one's own choice.
 */
@Component
class LanguageCommand implements BotCommand {

    static final String BUTTON_PREFIX = "lang";

    private final LanguagePreferences preferences;
    private final BotTexts texts;
    private final OutboundMessages outbound;

    LanguageCommand(LanguagePreferences preferences, BotTexts texts, OutboundMessages outbound) {
        this.preferences = preferences;
        this.texts = texts;
        this.outbound = outbound;
    }

    @Override
    public String name() {
        return "language";
    }

    @Override
    public void handle(IncomingMessage message, String argument) {
        outbound.sendHtml(
                message.chatId(),
                texts.text(message.language(), "language.choose"),
                Keyboards.inline(List.of(List.of(
                        new Button("Русский", BUTTON_PREFIX + ":ru"), new Button("English", BUTTON_PREFIX + ":en")))));
    }

    void onButton(ButtonPress press) {
        String code = press.data().substring(BUTTON_PREFIX.length() + 1);
        BotLanguage chosen = LanguagePreferences.fromCode(code);
        if (chosen == null) {
            outbound.answerCallback(press.queryId(), texts.text(press.language(), "button.unknown"), true);
            return;
        }
        preferences.choose(press.from().userId(), chosen);
        outbound.answerCallback(press.queryId(), null, false);
        outbound.sendHtml(press.chatId(), texts.text(chosen, "language.chosen"));
    }
}
