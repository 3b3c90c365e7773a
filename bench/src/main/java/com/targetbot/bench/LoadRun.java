package com.targetbot.bench;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One run (warm-up plus measured phase) against one target.
 *
 * @param target the target's name
 * @param round which alternation round this run belongs to, from 1
 * @param figures the measured phase
 * @param answered every 200 answer of the run, warm-up included
 * @param firstUpdateId the first update id the run sent
 * @param endUpdateId one past the last update id the run sent
 * @param resentUpdateIds updates sent again after an attempt that got no answer; the target may
 *     have received them twice, as it may from Telegram
 * @param rejected count of each non-200 status
 * @param failed requests that got no answer at all (I/O error, timeout)
 * @param firstProblem the first non-200 answer or failure, for the error message
 */
record LoadRun(
        String target,
        int round,
        Figures figures,
        long answered,
        long firstUpdateId,
        long endUpdateId,
        List<Long> resentUpdateIds,
        Map<Integer, Long> rejected,
        long failed,
        @Nullable String firstProblem) {

    /** Only a run whose every request was answered 200 counts. */
    boolean clean() {
        return rejected.isEmpty() && failed == 0;
    }

    String summary() {
        return String.format(
                Locale.ROOT,
                "round %d %-13s %,9d requests  %,9.0f req/s  p50 %6.2f ms  p99 %6.2f ms  p99.9 %6.2f ms"
                        + "  resent %d%s",
                round,
                target,
                figures.requests(),
                figures.throughput(),
                figures.p50Millis(),
                figures.p99Millis(),
                figures.p999Millis(),
                resentUpdateIds.size(),
                clean() ? "" : "  NOT CLEAN: " + rejected + " non-200 by status, " + failed + " failed");
    }
}
