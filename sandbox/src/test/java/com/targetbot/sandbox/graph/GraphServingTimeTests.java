package com.targetbot.sandbox.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import org.junit.jupiter.api.Test;

class GraphServingTimeTests {

    private final AtomicLong clock = new AtomicLong();
    private final GraphServingTime timer = new GraphServingTime(clock::get);

    @Test
    void overlappingRequestsAddUpTheirDurationsButCountTheirBusyTimeOnce() {
        long first = at(0, timer::started);
        long second = at(10_000_000, timer::started);
        at(20_000_000, () -> timer.finished(first));
        at(30_000_000, () -> timer.finished(second));
        long third = at(50_000_000, timer::started);
        at(55_000_000, () -> timer.finished(third));

        GraphServingTime.Serving serving = timer.serving();

        assertThat(serving.requests()).isEqualTo(3);
        assertThat(serving.totalMillis()).isEqualTo(45.0);
        assertThat(serving.busyMillis()).isEqualTo(35.0);
        assertThat(serving.firstStartedAt()).isBeforeOrEqualTo(serving.lastFinishedAt());
    }

    @Test
    void aResetStartsAnewAndARequestStillInFlightCountsFromIt() {
        long before = at(0, timer::started);
        long done = at(1_000_000, timer::started);
        at(5_000_000, () -> timer.finished(done));
        at(10_000_000, timer::reset);
        at(12_000_000, () -> timer.finished(before));

        GraphServingTime.Serving serving = timer.serving();

        assertThat(serving.requests()).isEqualTo(1);
        assertThat(serving.busyMillis()).isEqualTo(2.0);
        assertThat(serving.firstStartedAt()).isNull();
    }

    private long at(long nanos, LongSupplier action) {
        clock.set(nanos);
        return action.getAsLong();
    }

    private void at(long nanos, Runnable action) {
        clock.set(nanos);
        action.run();
    }
}
