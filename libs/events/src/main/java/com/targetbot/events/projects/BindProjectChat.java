package com.targetbot.events.projects;

import java.time.Instant;
import java.util.Objects;

/**
 * An admin bound a Telegram chat to a project from the bot ({@code /register}); it replaces the project's chat of
 * that role.
 *
 * @param projectId the project
 * @param chat the chat, with its forum topic when the command was given in one
 * @param role which of the project's chats it becomes
 * @param requestedBy {@code telegram:<user id>} of the admin
 * @param requestedAt when the bot accepted it
 */
public record BindProjectChat(
        String projectId, ProjectChat chat, ChatRole role, String requestedBy, Instant requestedAt)
        implements ProjectCommand {

    public BindProjectChat {
        Objects.requireNonNull(projectId, "projectId");
        Objects.requireNonNull(chat, "chat");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(requestedBy, "requestedBy");
        Objects.requireNonNull(requestedAt, "requestedAt");
    }
}
