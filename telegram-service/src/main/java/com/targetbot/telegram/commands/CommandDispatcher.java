package com.targetbot.telegram.commands;

import com.targetbot.telegram.i18n.BotTexts;
import com.targetbot.telegram.outbound.OutboundMessages;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** The commands feature's API: routes a user's text message to its command, or answers with a hint. */
@Component
public class CommandDispatcher {

    private static final Logger log = LoggerFactory.getLogger(CommandDispatcher.class);

    private final Map<String, BotCommand> commands;
    private final BotTexts texts;
    private final OutboundMessages outbound;

    CommandDispatcher(List<BotCommand> commands, BotTexts texts, OutboundMessages outbound) {
        // toMap fails on a duplicate name, so two commands can never silently shadow each other.
        this.commands = commands.stream().collect(Collectors.toUnmodifiableMap(BotCommand::name, Function.identity()));
        this.texts = texts;
        this.outbound = outbound;
    }

    public void dispatch(IncomingMessage message) {
        var line = CommandLine.parse(message.text());
        var command = line.map(CommandLine::name).map(commands::get);
        if (line.isPresent() && command.isPresent()) {
            log.debug("Chat {}: /{}", message.chatId(), line.get().name());
            command.get().handle(message, line.get().argument());
        } else {
            outbound.sendHtml(message.chatId(), texts.text(message.language(), "hint.unknown"));
        }
    }
}
