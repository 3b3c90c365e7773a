package com.targetbot.telegram.commands;

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
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.springframework.stereotype.Component;

/**
 * Routes a button press by the prefix of its data, once the presser holds the role the button's route
 * declares: the data says what the button does, never whether the presser may do it.
 */
@Component
public class ButtonDispatcher {

    private static final Optional<BotRole> ANYONE = Optional.empty();
    private static final Optional<BotRole> MANAGERS = Optional.of(BotRole.MANAGER);
    private static final Optional<BotRole> ADMINS = Optional.of(BotRole.ADMIN);

    /** A feature's buttons: who may press them and who handles them. */
    private record Route(Optional<BotRole> requiredRole, Consumer<ButtonPress> handler) {}

    private final Map<String, Route> routes;
    private final RoleGate roles;
    private final BotTexts texts;
    private final OutboundMessages outbound;

    ButtonDispatcher(
            LeadForm leadForm,
            LanguageCommand language,
            LeadBoard board,
            Reports reports,
            ProjectBinding binding,
            ProjectCards cards,
            ProjectStats stats,
            RoleGate roles,
            BotTexts texts,
            OutboundMessages outbound) {
        this.routes = Map.of(
                LeadForm.BUTTON_PREFIX, new Route(ANYONE, leadForm::onButton),
                LanguageCommand.BUTTON_PREFIX, new Route(ANYONE, language::onButton),
                LeadBoard.BUTTON_PREFIX, new Route(MANAGERS, board::onButton),
                LeadBoard.NOTICE_PREFIX, new Route(MANAGERS, board::onButton),
                Reports.BUTTON_PREFIX, new Route(MANAGERS, reports::onButton),
                ProjectBinding.PROJECT_PREFIX, new Route(ADMINS, binding::onButton),
                ProjectBinding.ROLE_PREFIX, new Route(ADMINS, binding::onButton),
                ProjectCards.BUTTON_PREFIX, new Route(ADMINS, cards::onButton),
                // Anyone in a project's group: the figures are always the pressing chat's own project's.
                ProjectStats.BUTTON_PREFIX, new Route(ANYONE, stats::onButton));
        this.roles = roles;
        this.texts = texts;
        this.outbound = outbound;
    }

    public void dispatch(ButtonPress press) {
        Route route = routes.get(press.data().split(":", 2)[0]);
        if (route == null) {
            // A button of an older bot version, or forged data: say so instead of spinning forever.
            outbound.answerCallback(press.queryId(), texts.text(press.language(), "button.unknown"), true);
            return;
        }
        roles.refusal(press.from().userId(), route.requiredRole(), press.language())
                .ifPresentOrElse(
                        refusal -> outbound.answerCallback(press.queryId(), refusal, true),
                        () -> route.handler().accept(press));
    }
}
