package com.targetbot.telegram.commands;

/** One command of the bot; every bean of this type is registered by its name. */
interface BotCommand {

    /** The name without the slash, lower-case, e.g. {@code start}. */
    String name();

    /**
     * Handles the command. Must be safe to repeat: a failure after part of the work redelivers the update.
     *
     * @param argument what followed the command, empty when nothing did
     */
    void handle(IncomingMessage message, String argument);
}
