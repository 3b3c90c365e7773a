package com.targetbot.telegram.leadform;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;

import com.targetbot.events.leads.PhoneNumbers;
import com.targetbot.kit.kafka.EventPublisher;
import com.targetbot.telegram.i18n.BotLanguage;
import com.targetbot.telegram.i18n.BotTexts;
import com.targetbot.telegram.inbound.ButtonPress;
import com.targetbot.telegram.outbound.OutboundMessages;
import com.targetbot.telegram.users.TelegramProfile;
import java.time.Clock;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LeadFormTests {

    final DialogStore dialogs = mock(DialogStore.class);
    final PendingConfirmations confirmations = mock(PendingConfirmations.class);
    final EventPublisher publisher = mock(EventPublisher.class);
    final OutboundMessages outbound = mock(OutboundMessages.class);
    final BotTexts texts = mock(BotTexts.class);
    final LeadForm form =
            new LeadForm(dialogs, confirmations, publisher, outbound, texts, Clock.systemUTC(), new PhoneNumbers("RU"));

    @Test
    void strangerPressingSomeoneElsesConfirmGetsAnAlertAndNothingHappens() {
        given(texts.text(BotLanguage.EN, "button.not-yours")).willReturn("not for you");

        form.onButton(press(99, "lead:confirm:7:d1"));

        then(outbound).should().answerCallback("q1", "not for you", true);
        then(dialogs).shouldHaveNoInteractions();
        then(publisher).shouldHaveNoInteractions();
    }

    @Test
    void ownerPressingTheButtonOfAReplacedDialogIsToldItExpired() {
        given(dialogs.find(7)).willReturn(Optional.of(LeadDraft.start("d2")));
        given(texts.text(BotLanguage.EN, "lead.expired")).willReturn("expired");

        form.onButton(press(7, "lead:confirm:7:d1"));

        then(outbound).should().answerCallback("q1", null, false);
        then(outbound).should().sendHtml(7, "expired");
        then(publisher).shouldHaveNoInteractions();
        then(dialogs).should(never()).save(anyLong(), any());
    }

    @Test
    void forgedDataWithoutAnOwnerIsTreatedAsSomeoneElses() {
        given(texts.text(any(), anyString())).willReturn("not for you");

        form.onButton(press(7, "lead:confirm"));

        then(outbound).should().answerCallback("q1", "not for you", true);
        then(publisher).shouldHaveNoInteractions();
    }

    private static ButtonPress press(long userId, String data) {
        return new ButtonPress(
                "q1", 7, 5, true, new TelegramProfile(userId, "Eve", null, null, "en"), data, BotLanguage.EN);
    }
}
