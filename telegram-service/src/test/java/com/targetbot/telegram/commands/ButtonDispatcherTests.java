package com.targetbot.telegram.commands;

import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.mock;

import com.targetbot.telegram.i18n.BotLanguage;
import com.targetbot.telegram.i18n.BotTexts;
import com.targetbot.telegram.inbound.ButtonPress;
import com.targetbot.telegram.leadboard.LeadBoard;
import com.targetbot.telegram.leadform.LeadForm;
import com.targetbot.telegram.outbound.OutboundMessages;
import com.targetbot.telegram.projects.ProjectBinding;
import com.targetbot.telegram.projects.ProjectCards;
import com.targetbot.telegram.projects.ProjectStats;
import com.targetbot.telegram.reports.Reports;
import com.targetbot.telegram.users.BotRole;
import com.targetbot.telegram.users.BotUserRepository;
import com.targetbot.telegram.users.TelegramProfile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ButtonDispatcherTests {

    final LeadForm leadForm = mock(LeadForm.class);
    final LanguageCommand language = mock(LanguageCommand.class);
    final LeadBoard board = mock(LeadBoard.class);
    final Reports reports = mock(Reports.class);
    final BotUserRepository users = mock(BotUserRepository.class);
    final BotTexts texts = mock(BotTexts.class);
    final OutboundMessages outbound = mock(OutboundMessages.class);
    final ProjectBinding binding = mock(ProjectBinding.class);
    final ProjectCards cards = mock(ProjectCards.class);
    final ButtonDispatcher dispatcher = new ButtonDispatcher(
            leadForm,
            language,
            board,
            reports,
            binding,
            cards,
            mock(ProjectStats.class),
            new RoleGate(users, texts),
            texts,
            outbound);

    @ParameterizedTest
    @ValueSource(strings = {"ls:w:lead-1", "ln:p:lead-1", "rp:today"})
    void managersButtonPressedByAClientGetsTheRefusalPopupAndReachesNoFeature(String data) {
        given(users.holds(9, BotRole.MANAGER)).willReturn(false);
        given(texts.text(BotLanguage.EN, "refused.manager")).willReturn("managers only");

        dispatcher.dispatch(press(9, data));

        then(outbound).should().answerCallback("q1", "managers only", true);
        then(board).shouldHaveNoInteractions();
        then(reports).shouldHaveNoInteractions();
    }

    @ParameterizedTest
    @ValueSource(strings = {"pj::p1", "pj:7:-", "pr:c::p1", "pr:a:7:p1", "pv:p1"})
    void projectBindingButtonPressedByAManagerGetsTheAdminsRefusalAndBindsNothing(String data) {
        given(users.holds(9, BotRole.ADMIN)).willReturn(false);
        given(texts.text(BotLanguage.EN, "refused.admin")).willReturn("admins only");

        dispatcher.dispatch(press(9, data));

        then(outbound).should().answerCallback("q1", "admins only", true);
        then(binding).shouldHaveNoInteractions();
        then(cards).shouldHaveNoInteractions();
    }

    @Test
    void projectBindingButtonPressedByAnAdminGoesToTheBinding() {
        given(users.holds(9, BotRole.ADMIN)).willReturn(true);
        var project = press(9, "pj::p1");
        var role = press(9, "pr:c::p1");

        dispatcher.dispatch(project);
        dispatcher.dispatch(role);

        then(binding).should().onButton(project);
        then(binding).should().onButton(role);
        then(outbound).shouldHaveNoInteractions();
    }

    @Test
    void managersButtonPressedByAManagerGoesToItsFeature() {
        given(users.holds(9, BotRole.MANAGER)).willReturn(true);
        var status = press(9, "ls:w:lead-1");
        var period = press(9, "rp:today");

        dispatcher.dispatch(status);
        dispatcher.dispatch(period);

        then(board).should().onButton(status);
        then(reports).should().onButton(period);
        then(outbound).shouldHaveNoInteractions();
    }

    @Test
    void buttonForAnyoneAsksNothingAboutThePresser() {
        var answer = press(9, "lead:confirm");

        dispatcher.dispatch(answer);

        then(leadForm).should().onButton(answer);
        then(users).shouldHaveNoInteractions();
    }

    @Test
    void buttonOfNoFeatureIsAnsweredAsUnknown() {
        given(texts.text(BotLanguage.EN, "button.unknown")).willReturn("stale");

        dispatcher.dispatch(press(9, "zz:1"));

        then(outbound).should().answerCallback("q1", "stale", true);
        then(users).shouldHaveNoInteractions();
    }

    private static ButtonPress press(long userId, String data) {
        return new ButtonPress(
                "q1", -100, 5, false, new TelegramProfile(userId, "Eve", null, null, "en"), data, BotLanguage.EN);
    }
}
