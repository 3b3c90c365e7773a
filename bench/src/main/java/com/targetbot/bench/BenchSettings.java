package com.targetbot.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Properties;

/**
 * How long and how hard a benchmark drives its targets.
 *
 * @param root the repository root: jars are found and reports written under it
 * @param warmup load before measuring, so the JIT and connection pools settle
 * @param duration the measured phase of each run
 * @param concurrency requests in flight at any time (closed loop: one virtual thread each)
 * @param rounds how many times baseline and subject run, alternately; the better run of each counts
 */
record BenchSettings(Path root, Duration warmup, Duration duration, int concurrency, int rounds) {

    BenchSettings {
        if (warmup.isNegative() || duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException("bench.warmup must be >= 0 and bench.duration > 0");
        }
        if (concurrency < 1 || rounds < 1) {
            throw new IllegalArgumentException("bench.concurrency and bench.rounds must be >= 1");
        }
    }

    /** Reads {@code targetbot.root}, {@code bench.warmup}, {@code bench.duration}, {@code bench.concurrency}, {@code bench.rounds}. */
    static BenchSettings from(Properties properties) {
        return new BenchSettings(
                Path.of(properties.getProperty("targetbot.root", "."))
                        .toAbsolutePath()
                        .normalize(),
                duration(properties.getProperty("bench.warmup", "5s")),
                duration(properties.getProperty("bench.duration", "15s")),
                Integer.parseInt(properties.getProperty("bench.concurrency", "16")),
                Integer.parseInt(properties.getProperty("bench.rounds", "2")));
    }

    /** {@code 15}, {@code 15s}, {@code 500ms}, {@code 2m} or ISO-8601 {@code PT15S}. */
    static Duration duration(String text) {
        String value = text.trim();
        if (value.toUpperCase(java.util.Locale.ROOT).startsWith("PT")) {
            return Duration.parse(value);
        }
        if (value.endsWith("ms")) {
            return Duration.ofMillis(Long.parseLong(value.substring(0, value.length() - 2)));
        }
        if (value.endsWith("m")) {
            return Duration.ofMinutes(Long.parseLong(value.substring(0, value.length() - 1)));
        }
        if (value.endsWith("s")) {
            value = value.substring(0, value.length() - 1);
        }
        return Duration.ofSeconds(Long.parseLong(value));
    }

    /** {@code 5 s} or {@code 500 ms}, for people. */
    static String text(Duration duration) {
        return duration.toMillis() % 1000 == 0 ? duration.toSeconds() + " s" : duration.toMillis() + " ms";
    }
}
