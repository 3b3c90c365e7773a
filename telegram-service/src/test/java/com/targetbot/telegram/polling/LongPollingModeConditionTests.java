package com.targetbot.telegram.polling;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

class LongPollingModeConditionTests {

    final ApplicationContextRunner contexts = new ApplicationContextRunner().withUserConfiguration(Poller.class);

    @ParameterizedTest
    @CsvSource({"long-polling,true", "LONG_POLLING,true", "long_polling,true", "webhook,false", "WEBHOOK,false"})
    void pollingFollowsTheModeWhateverItsSpelling(String mode, boolean polling) {
        contexts.withPropertyValues("targetbot.telegram.bot.mode=" + mode)
                .run(context -> assertThat(context.containsBean("poller")).isEqualTo(polling));
    }

    @Test
    void pollingIsOffByDefault() {
        contexts.run(context -> assertThat(context.containsBean("poller")).isFalse());
    }

    @Configuration(proxyBeanMethods = false)
    static class Poller {

        @Bean
        @Conditional(LongPollingModeCondition.class)
        String poller() {
            return "polling";
        }
    }
}
