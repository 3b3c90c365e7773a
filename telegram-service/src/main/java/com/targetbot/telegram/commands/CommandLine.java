package com.targetbot.telegram.commands;

import java.util.Locale;
import java.util.Optional;

/**
 * A command as typed: {@code /name} or {@code /name@BotUserName} (as Telegram writes it in groups), then an
 * optional argument after the first space ({@code /start <payload>} from a deep link).
 */
record CommandLine(String name, String argument) {

    static Optional<CommandLine> parse(String text) {
        String trimmed = text.strip();
        if (trimmed.length() < 2 || trimmed.charAt(0) != '/') {
            return Optional.empty();
        }
        String[] parts = trimmed.split("\\s+", 2);
        String command = parts[0].substring(1);
        int at = command.indexOf('@');
        String name = (at >= 0 ? command.substring(0, at) : command).toLowerCase(Locale.ROOT);
        if (name.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new CommandLine(name, parts.length > 1 ? parts[1] : ""));
    }
}
