package com.targetbot.telegram.commands;

import com.targetbot.telegram.inbound.IncomingMessage;
import com.targetbot.telegram.users.BotRole;
import java.util.Optional;

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

    /**
     * Whether the command deals with an open dialog itself; for every other command the dispatcher ends
     * the dialog first, since a user who types a command has left it.
     */
    default boolean ownsDialog() {
        return false;
    }

    /**
     * The role a user needs for the command, enforced by the dispatcher before {@link #handle}; empty when
     * anyone may use it.
     */
    default Optional<BotRole> requiredRole() {
        return Optional.empty();
    }

    /** The role a user needs for the command in a private chat or in a group; {@link #requiredRole()} in both unless a command tells them apart. */
    default Optional<BotRole> requiredRole(boolean privateChat) {
        return requiredRole();
    }

    /** Whether the command also works in group chats; the others answer there only with a pointer to a private chat. */
    default boolean worksInGroups() {
        return false;
    }
}
