/**
 * What the bot's notifications share: events read from Kafka are told only while they are news. A new
 * consumer group (a first deployment, a new listener) reads its topics from the beginning, and without this
 * every historic lead, status change, report and Meta alert would reach users as if it had just happened.
 */
@NullMarked
package com.targetbot.telegram.notifications;

import org.jspecify.annotations.NullMarked;
