package com.targetbot.telegram.commands;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.mock;

import com.targetbot.telegram.i18n.BotLanguage;
import com.targetbot.telegram.i18n.BotTexts;
import com.targetbot.telegram.inbound.IncomingMessage;
import com.targetbot.telegram.leadform.LeadForm;
import com.targetbot.telegram.outbound.OutboundMessages;
import com.targetbot.telegram.users.BotRole;
import com.targetbot.telegram.users.BotUserRepository;
import com.targetbot.telegram.users.TelegramProfile;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CommandDispatcherTests {

    final BotTexts texts = mock(BotTexts.class);
    final OutboundMessages outbound = mock(OutboundMessages.class);
    final RecordingCommand start = new RecordingCommand("start");
    final RecordingCommand help = new RecordingCommand("help");
    final RecordingCommand leads = new RecordingCommand("leads", BotRole.MANAGER);
    final RecordingCommand invite = new RecordingCommand("invite", BotRole.ADMIN);
    final LeadForm leadForm = mock(LeadForm.class);
    final BotUserRepository users = mock(BotUserRepository.class);
    final CommandDispatcher dispatcher = new CommandDispatcher(
            List.of(start, help, leads, invite), leadForm, new RoleGate(users, texts), texts, outbound);

    @Test
    void commandGoesToTheCommandOfThatNameWithItsArgument() {
        dispatcher.dispatch(message("/start promo-7", "en"));

        assertThat(start.arguments).containsExactly("promo-7");
        assertThat(help.arguments).isEmpty();
        then(outbound).shouldHaveNoInteractions();
    }

    @Test
    void unknownCommandGetsTheHintInTheUsersLanguage() {
        given(texts.text(BotLanguage.RU, "hint.unknown")).willReturn("подсказка");

        dispatcher.dispatch(message("/unknown", "ru"));

        then(outbound).should().sendHtml(7, "подсказка");
        assertThat(start.arguments).isEmpty();
    }

    @Test
    void plainTextGetsTheHint() {
        given(texts.text(BotLanguage.EN, "hint.unknown")).willReturn("hint");

        dispatcher.dispatch(message("hello", null));

        then(outbound).should().sendHtml(7, "hint");
    }

    @Test
    void commandEndsTheOpenDialogBeforeItRuns() {
        dispatcher.dispatch(message("/help", "en"));

        then(leadForm).should().end(7);
        assertThat(help.arguments).containsExactly("");
    }

    @Test
    void plainTextGoesToTheOpenDialogInsteadOfTheHint() {
        var text = message("Иван", "ru");
        given(leadForm.onText(text)).willReturn(true);

        dispatcher.dispatch(text);

        then(outbound).shouldHaveNoInteractions();
    }

    @Test
    void chatterInAGroupIsIgnored() {
        var profile = new TelegramProfile(7, "Anna", null, null, "en");

        dispatcher.dispatch(new IncomingMessage(-100, false, profile, "hello all", null, BotLanguage.EN));

        then(outbound).shouldHaveNoInteractions();
        then(leadForm).shouldHaveNoInteractions();
    }

    @Test
    void privateCommandInAGroupPointsToThePrivateChat() {
        given(texts.text(BotLanguage.EN, "group.private-only")).willReturn("private only");
        var profile = new TelegramProfile(7, "Anna", null, null, "en");

        dispatcher.dispatch(new IncomingMessage(-100, false, profile, "/help", null, BotLanguage.EN));

        then(outbound).should().sendHtml(-100, "private only");
        assertThat(help.arguments).isEmpty();
    }

    @Test
    void commandForManagersIsRefusedToAClientWithTheRefusalInTheirLanguage() {
        given(users.holds(7, BotRole.MANAGER)).willReturn(false);
        given(texts.text(BotLanguage.RU, "refused.manager")).willReturn("только для менеджеров");

        dispatcher.dispatch(message("/leads", "ru"));

        then(outbound).should().sendHtml(7, "только для менеджеров");
        assertThat(leads.arguments).isEmpty();
    }

    @Test
    void commandForManagersRunsForAUserHoldingTheRole() {
        given(users.holds(7, BotRole.MANAGER)).willReturn(true);

        dispatcher.dispatch(message("/leads", "en"));

        assertThat(leads.arguments).containsExactly("");
        then(outbound).shouldHaveNoInteractions();
    }

    @Test
    void commandForAdminsIsRefusedToAManager() {
        given(users.holds(7, BotRole.ADMIN)).willReturn(false);
        given(texts.text(BotLanguage.EN, "refused.admin")).willReturn("admins only");

        dispatcher.dispatch(message("/invite manager", "en"));

        then(outbound).should().sendHtml(7, "admins only");
        assertThat(invite.arguments).isEmpty();
    }

    @Test
    void commandForAnyoneAsksNothingAboutTheUser() {
        dispatcher.dispatch(message("/start", "en"));

        assertThat(start.arguments).containsExactly("");
        then(users).shouldHaveNoInteractions();
    }

    @Test
    void twoCommandsWithOneNameAreRefusedAtStart() {
        assertThatThrownBy(() -> new CommandDispatcher(
                        List.of(new RecordingCommand("start"), new RecordingCommand("start")),
                        leadForm,
                        new RoleGate(users, texts),
                        texts,
                        outbound))
                .isInstanceOf(IllegalStateException.class);
    }

    private static IncomingMessage message(String text, String languageCode) {
        return new IncomingMessage(7, new TelegramProfile(7, "Anna", null, null, languageCode), text);
    }

    static final class RecordingCommand implements BotCommand {

        final String name;
        final Optional<BotRole> requiredRole;
        final List<String> arguments = new ArrayList<>();

        RecordingCommand(String name) {
            this.name = name;
            this.requiredRole = Optional.empty();
        }

        RecordingCommand(String name, BotRole requiredRole) {
            this.name = name;
            this.requiredRole = Optional.of(requiredRole);
        }

        @Override
        public Optional<BotRole> requiredRole() {
            return requiredRole;
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public void handle(IncomingMessage message, String argument) {
            arguments.add(argument);
        }
    }
}
