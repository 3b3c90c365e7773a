package com.targetbot.events.projects;

import java.time.Instant;
import java.util.Objects;

/**
 * A chat stops being one of a project's chats: the bot was removed from it or left it ({@code my_chat_member}), or
 * an admin unbound it. Whatever role the chat had in the project is cleared.
 *
 * @param projectId the project
 * @param chatId the chat
 * @param requestedBy {@code telegram:<user id>} of who removed the bot or unbound the chat
 * @param requestedAt when the bot saw it
 */
public record UnbindProjectChat(String projectId, long chatId, String requestedBy, Instant requestedAt)
        implements ProjectCommand {

    public UnbindProjectChat {
        Objects.requireNonNull(projectId, "projectId");
        Objects.requireNonNull(requestedBy, "requestedBy");
        Objects.requireNonNull(requestedAt, "requestedAt");
    }
}
