package com.targetbot.telegram.leadboard;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How many new-lead notices a chat gets one by one before the rest wait for the digest. The defaults stay
 * under Telegram's limits (20 messages a minute to a group, one a second to a private chat) with room left
 * for the replies and other notices the chat gets in the same minute.
 *
 * @param groupNoticesPerMinute new-lead notices a group gets in one minute
 * @param privateNoticesPerMinute new-lead notices a private chat gets in one minute
 * @param digestInterval how often the chats with held-back notices are told how many there were
 */
@Validated
@ConfigurationProperties("targetbot.telegram.notice-budget")
record NoticeBudgetProperties(
        @DefaultValue("15") @Positive int groupNoticesPerMinute,
        @DefaultValue("30") @Positive int privateNoticesPerMinute,
        @DefaultValue("30s") @NotNull Duration digestInterval) {}
