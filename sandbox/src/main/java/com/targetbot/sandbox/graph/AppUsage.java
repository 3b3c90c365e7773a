package com.targetbot.sandbox.graph;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Counts Graph calls over the last hour and reports them, as Graph does on every answer, in {@code X-App-Usage}:
 * percentages of the app's hourly allowance. The sandbox reports but never throttles.
 */
@Component
class AppUsage implements HandlerInterceptor {

    static final String HEADER = "X-App-Usage";
    private static final Duration WINDOW = Duration.ofHours(1);

    private final int hourlyCallBudget;
    private final Deque<Instant> calls = new ArrayDeque<>();

    AppUsage(GraphSandboxProperties properties) {
        this.hourlyCallBudget = properties.hourlyCallBudget();
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        int callCount = record(Instant.now());
        response.setHeader(
                HEADER,
                "{\"call_count\":%d,\"total_time\":%d,\"total_cputime\":%d}"
                        .formatted(callCount, callCount / 2, callCount / 4));
        return true;
    }

    /** Records a call and returns the call count as a percentage of the hourly budget (at most 100). */
    synchronized int record(Instant now) {
        calls.addLast(now);
        while (calls.peekFirst().isBefore(now.minus(WINDOW))) {
            calls.removeFirst();
        }
        return (int) Math.min(100, Math.ceilDiv(calls.size() * 100L, hourlyCallBudget));
    }
}
