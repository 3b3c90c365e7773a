package com.targetbot.bench;

import java.time.Duration;
import org.HdrHistogram.Histogram;

/**
 * What one measured phase achieved.
 *
 * @param requests requests completed (answered 200) inside the measured window
 * @param measured length of the measured window
 */
record Figures(long requests, Duration measured, double p50Millis, double p99Millis, double p999Millis) {

    private static final double NANOS_PER_MILLI = 1_000_000.0;

    static Figures of(Histogram latencyNanos, Duration measured) {
        return new Figures(
                latencyNanos.getTotalCount(),
                measured,
                millis(latencyNanos, 50.0),
                millis(latencyNanos, 99.0),
                millis(latencyNanos, 99.9));
    }

    /** A row of a report's table: name, requests, throughput and latency percentiles. */
    String markdownRow(String name) {
        return Markdown.line(
                "| %s | %,d | %,.0f | %.2f | %.2f | %.2f |",
                name, requests, throughput(), p50Millis, p99Millis, p999Millis);
    }

    /** Requests per second over the measured window. */
    double throughput() {
        return requests / (measured.toNanos() / 1e9);
    }

    private static double millis(Histogram histogram, double percentile) {
        return histogram.getValueAtPercentile(percentile) / NANOS_PER_MILLI;
    }
}
