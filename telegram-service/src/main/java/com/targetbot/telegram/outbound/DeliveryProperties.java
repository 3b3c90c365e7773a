package com.targetbot.telegram.outbound;

import jakarta.validation.constraints.Positive;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The flood limits the sender keeps to; Telegram's published ones by default. Raising them only trades
 * waits for 429s.
 *
 * @param globalPerSecond messages per second to all chats together
 * @param privateChatPerSecond messages per second to one private chat
 * @param groupPerMinute messages per minute to one group
 */
@Validated
@ConfigurationProperties("targetbot.telegram.delivery")
record DeliveryProperties(
        @DefaultValue("30") @Positive int globalPerSecond,
        @DefaultValue("1") @Positive int privateChatPerSecond,
        @DefaultValue("20") @Positive int groupPerMinute) {}
