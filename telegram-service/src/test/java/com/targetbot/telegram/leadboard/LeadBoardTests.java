package com.targetbot.telegram.leadboard;

import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.mock;

import com.targetbot.kit.idempotency.IdempotencyGuard;
import com.targetbot.kit.kafka.EventPublisher;
import com.targetbot.telegram.groups.RegisteredGroups;
import com.targetbot.telegram.i18n.BotLanguage;
import com.targetbot.telegram.i18n.BotTexts;
import com.targetbot.telegram.i18n.LanguagePreferences;
import com.targetbot.telegram.inbound.ButtonPress;
import com.targetbot.telegram.outbound.OutboundMessages;
import com.targetbot.telegram.projects.ProjectDirectory;
import com.targetbot.telegram.users.BotUserRepository;
import com.targetbot.telegram.users.TelegramProfile;
import java.time.Clock;
import org.junit.jupiter.api.Test;

class LeadBoardTests {

    static final String LEAD = "0192f0c4-8b1e-7c2a-9f3d-5e6a7b8c9d0e";

    final LeadsClient leads = mock(LeadsClient.class);
    final BotUserRepository users = mock(BotUserRepository.class);
    final EventPublisher publisher = mock(EventPublisher.class);
    final OutboundMessages outbound = mock(OutboundMessages.class);
    final BotTexts texts = mock(BotTexts.class);
    final LeadBoard board = new LeadBoard(
            leads,
            users,
            mock(RegisteredGroups.class),
            mock(ProjectDirectory.class),
            mock(LanguagePreferences.class),
            mock(IdempotencyGuard.class),
            publisher,
            outbound,
            texts,
            mock(NoticeBudget.class),
            mock(NoticeDigest.class),
            Clock.systemUTC());

    @Test
    void statusCodeThatIsNoStatusIsRefused() {
        given(texts.text(BotLanguage.EN, "button.unknown")).willReturn("stale");

        board.onButton(press(9, "ls:x:" + LEAD));

        then(outbound).should().answerCallback("q1", "stale", true);
        then(users).shouldHaveNoInteractions();
    }

    private static ButtonPress press(long userId, String data) {
        return new ButtonPress(
                "q1", -100, 5, false, new TelegramProfile(userId, "Eve", null, null, "en"), data, BotLanguage.EN);
    }
}
