package com.targetbot.sandbox.graph;

import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The test's side of the Marketing API: arm throttling or other errors, read and reset the count of calls served,
 * restate a day's statistics.
 */
@RestController
@RequestMapping("/sandbox/graph")
class GraphLimitsController {

    private final MarketingUsage usage;
    private final GraphServingTime servingTime;
    private final GraphInsights insights;

    GraphLimitsController(MarketingUsage usage, GraphServingTime servingTime, GraphInsights insights) {
        this.usage = usage;
        this.servingTime = servingTime;
        this.insights = insights;
    }

    /**
     * {@code {"code":80004,"accountId":"act_1000002"|null,"afterCalls":0,"times":1,"regainMinutes":0}}: the next
     * {@code times} matching calls after {@code afterCalls} answer Graph error {@code code}.
     */
    @PostMapping("/faults")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void arm(@RequestBody FaultRequest request) {
        usage.arm(new MarketingUsage.Fault(
                request.code(),
                request.accountId(),
                request.afterCalls() == null ? 0 : request.afterCalls(),
                request.times() == null ? 1 : request.times(),
                request.regainMinutes() == null ? 0 : request.regainMinutes(),
                new AtomicLong(),
                new AtomicLong()));
    }

    @DeleteMapping("/faults")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void disarm() {
        usage.disarm();
    }

    /** The calls served by path shape, and the time spent serving them, since the last reset. */
    @GetMapping("/calls")
    CallsView calls() {
        MarketingUsage.Calls calls = usage.calls();
        return new CallsView(calls.total(), calls.throttled(), calls.byShape(), servingTime.serving());
    }

    /** Starts counting (and timing) anew and gives every ad account its full allowance back. */
    @DeleteMapping("/calls")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void resetCalls() {
        usage.resetCalls();
        servingTime.reset();
    }

    /** {@code {"date":"2026-12-01"}}: every ad's numbers of that day change, as when Meta restates a day. */
    @PostMapping("/restatements")
    Map<String, Object> restate(@RequestBody RestateRequest request) {
        return Map.of("date", request.date().toString(), "revision", insights.restate(request.date()));
    }

    record FaultRequest(
            int code,
            @Nullable String accountId,
            @Nullable Integer afterCalls,
            @Nullable Integer times,
            @Nullable Integer regainMinutes) {}

    record RestateRequest(LocalDate date) {}

    record CallsView(long total, long throttled, Map<String, Long> byShape, GraphServingTime.Serving serving) {}
}
