package com.targetbot.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class BenchSettingsTests {

    @Test
    void defaultsAreFiveSecondsWarmupFifteenMeasuredSixteenConcurrentTwoRounds() {
        var settings = BenchSettings.from(new Properties());

        assertThat(settings.warmup()).isEqualTo(Duration.ofSeconds(5));
        assertThat(settings.duration()).isEqualTo(Duration.ofSeconds(15));
        assertThat(settings.concurrency()).isEqualTo(16);
        assertThat(settings.rounds()).isEqualTo(2);
        assertThat(settings.root()).isAbsolute();
    }

    @Test
    void durationsAcceptPlainSecondsUnitsAndIso() {
        assertThat(BenchSettings.duration("15")).isEqualTo(Duration.ofSeconds(15));
        assertThat(BenchSettings.duration("15s")).isEqualTo(Duration.ofSeconds(15));
        assertThat(BenchSettings.duration("500ms")).isEqualTo(Duration.ofMillis(500));
        assertThat(BenchSettings.duration("2m")).isEqualTo(Duration.ofMinutes(2));
        assertThat(BenchSettings.duration("PT30S")).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void zeroConcurrencyIsRefused() {
        var properties = new Properties();
        properties.setProperty("bench.concurrency", "0");

        assertThatIllegalArgumentException().isThrownBy(() -> BenchSettings.from(properties));
    }
}
