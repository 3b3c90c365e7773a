package com.targetbot.telegram.commands;

import com.targetbot.telegram.i18n.AgencyTime;
import com.targetbot.telegram.i18n.BotLanguage;
import com.targetbot.telegram.i18n.BotTexts;
import com.targetbot.telegram.inbound.IncomingMessage;
import com.targetbot.telegram.invites.BotUnknownException;
import com.targetbot.telegram.invites.Invites;
import com.targetbot.telegram.outbound.OutboundMessages;
import com.targetbot.telegram.outbound.TelegramHtml;
import com.targetbot.telegram.users.BotRole;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * {@code /invite <client|manager|admin>}: an admin gets a single-use link that gives its role, valid for the
 * default time. Private chats only, as anyone in a group could take the link.
 */
@Component
class InviteCommand implements BotCommand {

    private static final Logger log = LoggerFactory.getLogger(InviteCommand.class);

    private final Invites invites;
    private final BotTexts texts;
    private final OutboundMessages outbound;
    private final AgencyTime time;

    InviteCommand(Invites invites, BotTexts texts, OutboundMessages outbound, AgencyTime time) {
        this.invites = invites;
        this.texts = texts;
        this.outbound = outbound;
        this.time = time;
    }

    @Override
    public String name() {
        return "invite";
    }

    @Override
    public Optional<BotRole> requiredRole() {
        return Optional.of(BotRole.ADMIN);
    }

    @Override
    public void handle(IncomingMessage message, String argument) {
        outbound.sendHtml(message.chatId(), reply(message, argument.strip().toLowerCase(Locale.ROOT)));
    }

    private String reply(IncomingMessage message, String roleName) {
        BotLanguage language = message.language();
        long userId = message.from().userId();
        var role = BotRole.fromValue(roleName);
        if (role.isEmpty()) {
            return texts.text(language, "invite.usage");
        }
        try {
            var issued = invites.create(role.get(), null, "telegram:" + userId);
            return texts.text(
                    language,
                    "invite.created",
                    texts.text(language, "role." + role.get().value()),
                    time.deadline(language, issued.invite().expiresAt()),
                    TelegramHtml.escape(issued.link()));
        } catch (BotUnknownException e) {
            log.warn("No invite for Telegram user {}: {}", userId, e.getMessage());
            return texts.text(language, "invite.unavailable");
        }
    }
}
