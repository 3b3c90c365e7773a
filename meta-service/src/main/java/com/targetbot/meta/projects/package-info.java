/**
 * Projects, the agency's clients: their ad accounts, campaigns, forms and integrations, chats, zone, currency and
 * targets. meta-service owns them (docs/adr/0010): their figures are the Meta statistics it keeps. Written through
 * the REST API and the bot's commands, published whole on {@code projects.events}, and kept in Redis as a projection
 * of that topic; the projects' leads are counted from {@code leads.events}.
 */
@NullMarked
package com.targetbot.meta.projects;

import org.jspecify.annotations.NullMarked;
