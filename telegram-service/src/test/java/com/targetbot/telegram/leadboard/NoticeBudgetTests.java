package com.targetbot.telegram.leadboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class NoticeBudgetTests {

    @Test
    void windowIsTheCalendarMinuteOfTheChat() {
        Instant minute = Instant.parse("2026-11-25T10:15:00Z");

        assertThat(NoticeBudget.windowKey(-42, minute))
                .isEqualTo(NoticeBudget.windowKey(-42, minute.plusSeconds(59)))
                .isEqualTo("telegram:notice-budget:-42:" + minute.getEpochSecond() / 60)
                .isNotEqualTo(NoticeBudget.windowKey(-42, minute.plusSeconds(60)))
                .isNotEqualTo(NoticeBudget.windowKey(-42, minute.minusSeconds(1)))
                .isNotEqualTo(NoticeBudget.windowKey(42, minute));
    }
}
