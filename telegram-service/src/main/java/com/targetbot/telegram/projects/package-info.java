/**
 * Projects (the agency's clients) as the bot knows them: a projection of {@code projects.events} in Redis, with an
 * index of the chats bound to each, so leads, cards and figures reach a project's chats without asking
 * meta-service; and the bot's side of binding a chat to a project ({@code /register}, {@code my_chat_member}), which
 * it asks meta-service for on {@code projects.commands}.
 */
@NullMarked
package com.targetbot.telegram.projects;

import org.jspecify.annotations.NullMarked;
