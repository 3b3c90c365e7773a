package com.targetbot.events.projects;

import org.jspecify.annotations.Nullable;

/**
 * A Telegram chat a project talks to.
 *
 * @param chatId the chat (a group's id is negative)
 * @param topicId the forum topic inside it, when the group uses topics
 */
public record ProjectChat(long chatId, @Nullable Integer topicId) {}
