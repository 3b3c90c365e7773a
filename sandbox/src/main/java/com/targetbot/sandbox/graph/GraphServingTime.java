package com.targetbot.sandbox.graph;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Instant;
import java.util.function.LongSupplier;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * How long the sandbox spends serving Graph API requests (paths under a version, {@code /v23.0/...}), so that a
 * benchmark can set a client's wall time against it: the sum of the requests' durations, and the time at least one
 * was in flight (overlapping requests counted once).
 */
@Component
class GraphServingTime extends OncePerRequestFilter {

    private static final Pattern GRAPH_PATH = Pattern.compile("^/v\\d+\\.\\d+(/.*)?$");

    private final LongSupplier nanoTime;
    private long requests;
    private long totalNanos;
    private long busyNanos;
    private int inFlight;
    private long busySince;
    private @Nullable Instant firstStartedAt;
    private @Nullable Instant lastFinishedAt;

    @Autowired
    GraphServingTime() {
        this(System::nanoTime);
    }

    GraphServingTime(LongSupplier nanoTime) {
        this.nanoTime = nanoTime;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !GRAPH_PATH.matcher(request.getRequestURI()).matches();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long started = started();
        try {
            chain.doFilter(request, response);
        } finally {
            finished(started);
        }
    }

    synchronized long started() {
        long now = nanoTime.getAsLong();
        if (inFlight++ == 0) {
            busySince = now;
        }
        if (firstStartedAt == null) {
            firstStartedAt = Instant.now();
        }
        return now;
    }

    synchronized void finished(long started) {
        long now = nanoTime.getAsLong();
        requests++;
        totalNanos += now - started;
        if (--inFlight == 0) {
            busyNanos += now - busySince;
        }
        lastFinishedAt = Instant.now();
    }

    /** The figures since the last reset; a busy period still open counts up to now. */
    synchronized Serving serving() {
        long busy = inFlight > 0 ? busyNanos + nanoTime.getAsLong() - busySince : busyNanos;
        return new Serving(requests, totalNanos / 1_000_000.0, busy / 1_000_000.0, firstStartedAt, lastFinishedAt);
    }

    /** Starts anew; requests in flight count from now. */
    synchronized void reset() {
        requests = 0;
        totalNanos = 0;
        busyNanos = 0;
        busySince = nanoTime.getAsLong();
        firstStartedAt = null;
        lastFinishedAt = null;
    }

    /**
     * @param totalMillis the requests' durations added up
     * @param busyMillis time at least one request was being served
     */
    record Serving(
            long requests,
            double totalMillis,
            double busyMillis,
            @Nullable Instant firstStartedAt,
            @Nullable Instant lastFinishedAt) {}
}
