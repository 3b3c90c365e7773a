package com.targetbot.telegram.commands;

import com.targetbot.telegram.i18n.BotLanguage;
import com.targetbot.telegram.i18n.BotTexts;
import com.targetbot.telegram.users.BotRole;
import com.targetbot.telegram.users.BotUserRepository;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The one place that decides whether a user may use a command or a button: the role each declares, held by a
 * registered user who has not blocked the bot. Features trust the dispatchers and check no role themselves.
 */
@Component
class RoleGate {

    private static final Logger log = LoggerFactory.getLogger(RoleGate.class);

    private final BotUserRepository users;
    private final BotTexts texts;

    RoleGate(BotUserRepository users, BotTexts texts) {
        this.users = users;
        this.texts = texts;
    }

    /** Whether the user holds {@code role} or a higher one. */
    boolean admits(long userId, BotRole role) {
        return users.holds(userId, role);
    }

    /**
     * The refusal to give a user who lacks the required role, in their language; empty when they may go on
     * (or when anyone may).
     */
    Optional<String> refusal(long userId, Optional<BotRole> required, BotLanguage language) {
        return required.filter(role -> !admits(userId, role)).map(role -> {
            log.info("User {} lacks the {} role", userId, role.value());
            return texts.text(language, "refused." + role.value());
        });
    }
}
