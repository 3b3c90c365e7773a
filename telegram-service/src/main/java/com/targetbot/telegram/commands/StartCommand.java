package com.targetbot.telegram.commands;

import com.targetbot.telegram.config.BotAdmins;
import com.targetbot.telegram.i18n.BotLanguage;
import com.targetbot.telegram.i18n.BotTexts;
import com.targetbot.telegram.inbound.IncomingMessage;
import com.targetbot.telegram.invites.Invites;
import com.targetbot.telegram.outbound.OutboundMessages;
import com.targetbot.telegram.outbound.TelegramHtml;
import com.targetbot.telegram.users.BotRole;
import com.targetbot.telegram.users.BotUserRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * {@code /start} (also {@code /start <payload>} from a deep link): registers the user on first contact and
 * welcomes them by name. Sending it again keeps the user's token and only refreshes their profile. A payload
 * is an invite: a valid one raises the user's role to the invite's (never lowers it); any other payload
 * changes nothing and says so. Configured admins become admins here.
 */
@Component
class StartCommand implements BotCommand {

    private static final Logger log = LoggerFactory.getLogger(StartCommand.class);

    private final BotUserRepository users;
    private final Invites invites;
    private final BotAdmins admins;
    private final BotTexts texts;
    private final OutboundMessages outbound;

    StartCommand(
            BotUserRepository users, Invites invites, BotAdmins admins, BotTexts texts, OutboundMessages outbound) {
        this.users = users;
        this.invites = invites;
        this.admins = admins;
        this.texts = texts;
        this.outbound = outbound;
    }

    @Override
    public String name() {
        return "start";
    }

    @Override
    public void handle(IncomingMessage message, String argument) {
        long userId = message.from().userId();
        var registration = users.register(message.from(), message.chatId());
        if (registration.firstContact()) {
            log.info("Registered Telegram user {}", userId);
        }
        if (admins.contains(userId)) {
            users.raiseRole(userId, BotRole.ADMIN);
        }
        var language = message.language();
        String greeting = texts.text(
                language,
                registration.firstContact() ? "start.welcome" : "start.welcome-back",
                TelegramHtml.escape(message.from().firstName()));
        String payload = argument.strip();
        String invite = payload.isEmpty() ? "" : invite(language, payload, userId) + "\n\n";
        outbound.sendHtml(message.chatId(), greeting + "\n\n" + invite + texts.text(language, "bot.capabilities"));
    }

    private String invite(BotLanguage language, String payload, long userId) {
        var role = invites.redeem(payload, userId).flatMap(granted -> users.raiseRole(userId, granted));
        if (role.isEmpty()) {
            return texts.text(language, "invite.invalid");
        }
        log.info(
                "Telegram user {} redeemed an invite and holds the role {}",
                userId,
                role.get().value());
        return texts.text(
                language,
                "invite.accepted",
                texts.text(language, "role." + role.get().value()));
    }
}
