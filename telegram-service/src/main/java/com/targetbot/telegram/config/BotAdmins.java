package com.targetbot.telegram.config;

import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The first bot admins, who cannot be invited because nobody is admin yet.
 *
 * @param admins Telegram user ids that become admins when they send {@code /start}
 *     ({@code TARGETBOT_TELEGRAM_ADMINS=111,222}); empty by default
 */
@Validated
@ConfigurationProperties("targetbot.telegram")
public record BotAdmins(@DefaultValue @NotNull List<Long> admins) {

    public boolean contains(long userId) {
        return admins.contains(userId);
    }
}
