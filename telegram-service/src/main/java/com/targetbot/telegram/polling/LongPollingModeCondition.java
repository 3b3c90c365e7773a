package com.targetbot.telegram.polling;

import com.targetbot.telegram.config.BotProperties;
import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Matches when {@code targetbot.telegram.bot.mode} binds to long polling. Binding, rather than comparing the
 * raw string, accepts every spelling the properties record does ({@code long-polling}, {@code LONG_POLLING}),
 * so the mode and the poller can never disagree.
 */
class LongPollingModeCondition extends SpringBootCondition {

    static final String PROPERTY = "targetbot.telegram.bot.mode";

    @Override
    public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
        BotProperties.Mode mode = Binder.get(context.getEnvironment())
                .bind(PROPERTY, BotProperties.Mode.class)
                .orElse(BotProperties.Mode.WEBHOOK);
        return mode == BotProperties.Mode.LONG_POLLING
                ? ConditionOutcome.match(PROPERTY + " is " + mode)
                : ConditionOutcome.noMatch(PROPERTY + " is " + mode);
    }
}
