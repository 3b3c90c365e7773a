/**
 * Messages to Telegram users. Features queue them on {@code telegram.outbound} through
 * {@link com.targetbot.telegram.outbound.OutboundMessages}; one consumer delivers them through the Bot API,
 * so a slow or throttling Telegram never holds up update handling and no reply is lost when a send fails:
 * failures are retried, and what can never be delivered lands on {@code telegram.outbound.dlt}.
 */
@NullMarked
package com.targetbot.telegram.outbound;

import org.jspecify.annotations.NullMarked;
