package com.targetbot.telegram.commands;

import com.targetbot.telegram.i18n.BotTexts;
import com.targetbot.telegram.inbound.IncomingMessage;
import com.targetbot.telegram.leadform.LeadForm;
import com.targetbot.telegram.outbound.OutboundMessages;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The commands feature's API: routes a user's message to its command or to the user's open dialog, or
 * answers with a hint. A command is run only for a user holding its {@link BotCommand#requiredRole(boolean)} in that kind of chat. In groups only commands count: the bot ignores the chatter there.
 */
@Component
public class CommandDispatcher {

    private static final Logger log = LoggerFactory.getLogger(CommandDispatcher.class);

    private final Map<String, BotCommand> commands;
    private final LeadForm leadForm;
    private final RoleGate roles;
    private final BotTexts texts;
    private final OutboundMessages outbound;

    CommandDispatcher(
            List<BotCommand> commands, LeadForm leadForm, RoleGate roles, BotTexts texts, OutboundMessages outbound) {
        // toMap fails on a duplicate name, so two commands can never silently shadow each other.
        this.commands = commands.stream().collect(Collectors.toUnmodifiableMap(BotCommand::name, Function.identity()));
        this.leadForm = leadForm;
        this.roles = roles;
        this.texts = texts;
        this.outbound = outbound;
    }

    public void dispatch(IncomingMessage message) {
        var line = CommandLine.parse(message.text());
        if (line.isPresent()) {
            command(message, line.get());
        } else if (!message.privateChat()) {
            log.debug("Chat {}: group chatter ignored", message.chatId());
        } else if (message.sharedPhone() != null ? leadForm.onContact(message) : leadForm.onText(message)) {
            log.debug("Chat {}: dialog answered", message.chatId());
        } else {
            outbound.sendHtml(message.chatId(), texts.text(message.language(), "hint.unknown"));
        }
    }

    /**
     * An edit of a message the user sent earlier. The dialog already took the original, so an edit in a
     * private chat with an open dialog gets a hint to send the correction anew; any other edit is ignored.
     */
    public void dispatchEdit(IncomingMessage edited) {
        if (edited.privateChat() && leadForm.isOpen(edited.from().userId())) {
            outbound.sendHtml(edited.chatId(), texts.text(edited.language(), "edit.ignored"));
        } else {
            log.debug("Chat {}: edit ignored", edited.chatId());
        }
    }

    private void command(IncomingMessage message, CommandLine line) {
        BotCommand command = commands.get(line.name());
        if (command == null || !command.ownsDialog()) {
            leadForm.end(message.from().userId());
        }
        if (command == null) {
            // In a group the command may be another bot's: only a private chat gets the hint.
            if (message.privateChat()) {
                outbound.sendHtml(message.chatId(), texts.text(message.language(), "hint.unknown"));
            }
        } else if (!message.privateChat() && !command.worksInGroups()) {
            outbound.sendHtml(message.chatId(), texts.text(message.language(), "group.private-only"));
        } else {
            roles.refusal(message.from().userId(), command.requiredRole(message.privateChat()), message.language())
                    .ifPresentOrElse(refusal -> outbound.sendHtml(message.chatId(), refusal), () -> {
                        log.debug("Chat {}: /{}", message.chatId(), line.name());
                        command.handle(message, line.argument());
                    });
        }
    }
}
