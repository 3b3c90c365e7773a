package com.targetbot.sandbox.graph;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * The Marketing API's rate-limit reporting and throttling: every answer carries {@code X-Ad-Account-Usage}
 * (the called ad account's share of its hourly allowance, {@code reset_time_duration} in seconds) and
 * {@code X-Business-Use-Case-Usage} ({@code estimated_time_to_regain_access} in minutes), both growing with the
 * calls made. A test arms faults (throttling codes 4/17/613/80000-80014, or 190 and any other code) that answer
 * the next matching calls with Graph's error and the usage at 100%. Counts the calls it served, for benchmarks.
 */
@Component
class MarketingUsage implements HandlerInterceptor {

    static final String AD_ACCOUNT_USAGE = "X-Ad-Account-Usage";
    static final String BUSINESS_USAGE = "X-Business-Use-Case-Usage";
    static final String BUSINESS_ID = "10000000000099";

    private static final Duration WINDOW = Duration.ofHours(1);
    private static final Pattern ACCOUNT = Pattern.compile("/(act_\\d+)");
    private static final Pattern NUMERIC = Pattern.compile("/v\\d+\\.\\d+/(\\d+)");

    private final int hourlyBudget;
    private final GraphAgency agency;
    private final GraphReportRuns reportRuns;
    private final Map<String, Deque<Instant>> callsByAccount = new HashMap<>();
    private final List<Fault> faults = new ArrayList<>();
    private final Map<String, AtomicLong> served = new TreeMap<>();
    private final AtomicLong throttled = new AtomicLong();

    MarketingUsage(GraphAgencyProperties properties, GraphAgency agency, GraphReportRuns reportRuns) {
        this.hourlyBudget = properties.accountHourlyCallBudget();
        this.agency = agency;
        this.reportRuns = reportRuns;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
            throws IOException {
        String path = request.getRequestURI();
        String account = accountOf(path);
        Fault fault;
        int percent;
        synchronized (this) {
            served.computeIfAbsent(request.getMethod() + " " + shape(path), k -> new AtomicLong())
                    .incrementAndGet();
            percent = account == null ? 0 : record(account, Instant.now());
            fault = armedFor(path);
        }
        if (fault == null) {
            setHeaders(response, account, percent, 0);
            return true;
        }
        throttled.incrementAndGet();
        setHeaders(response, account, 100, fault.regainMinutes());
        response.setStatus(400);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        String type = fault.code() == 190 ? "OAuthException" : "GraphMethodException";
        response.getWriter()
                .write(
                        "{\"error\":{\"message\":\"%s\",\"type\":\"%s\",\"code\":%d,\"is_transient\":%s,\"fbtrace_id\":\"sandboxFault\"}}"
                                .formatted(message(fault.code()), type, fault.code(), fault.code() != 190));
        return false;
    }

    synchronized void arm(Fault fault) {
        faults.add(fault);
    }

    synchronized void disarm() {
        faults.clear();
    }

    /** Calls served since the last reset, by method and path shape ({@code GET /v/act/insights}). */
    synchronized Calls calls() {
        Map<String, Long> byShape = new TreeMap<>();
        served.forEach((shape, count) -> byShape.put(shape, count.get()));
        long total = byShape.values().stream().mapToLong(Long::longValue).sum();
        return new Calls(total, throttled.get(), byShape);
    }

    synchronized void resetCalls() {
        served.clear();
        throttled.set(0);
        callsByAccount.clear();
    }

    private @Nullable Fault armedFor(String path) {
        for (Iterator<Fault> it = faults.iterator(); it.hasNext(); ) {
            Fault fault = it.next();
            if (fault.pathContains() != null && !path.contains(fault.pathContains())) {
                continue;
            }
            if (fault.skipped().getAndIncrement() < fault.afterCalls()) {
                continue;
            }
            if (fault.fired().incrementAndGet() >= fault.times()) {
                it.remove();
            }
            return fault;
        }
        return null;
    }

    private int record(String account, Instant now) {
        Deque<Instant> calls = callsByAccount.computeIfAbsent(account, k -> new ArrayDeque<>());
        calls.addLast(now);
        while (calls.peekFirst().isBefore(now.minus(WINDOW))) {
            calls.removeFirst();
        }
        return (int) Math.min(100, calls.size() * 100L / hourlyBudget);
    }

    private void setHeaders(HttpServletResponse response, @Nullable String account, int percent, int regainMinutes) {
        // Meta resets an account's allowance over a rolling hour; the sandbox says so only once it is in use.
        int resetSeconds = percent == 0 ? 0 : (int) Math.max(1, WINDOW.toSeconds() * percent / 100);
        if (account != null) {
            response.setHeader(
                    AD_ACCOUNT_USAGE,
                    "{\"acc_id_util_pct\":%d,\"reset_time_duration\":%d,\"ads_api_access_tier\":\"standard_access\"}"
                            .formatted(percent, resetSeconds));
        }
        response.setHeader(
                BUSINESS_USAGE,
                ("{\"%s\":[{\"type\":\"ads_insights\",\"call_count\":%d,\"total_cputime\":%d,\"total_time\":%d,"
                                + "\"estimated_time_to_regain_access\":%d,\"ads_api_access_tier\":\"standard_access\"}]}")
                        .formatted(BUSINESS_ID, percent, percent / 2, percent / 2, regainMinutes));
    }

    private @Nullable String accountOf(String path) {
        Matcher account = ACCOUNT.matcher(path);
        if (account.find()) {
            return account.group(1);
        }
        Matcher numeric = NUMERIC.matcher(path);
        if (!numeric.find()) {
            return null;
        }
        String id = numeric.group(1);
        var run = reportRuns.find(id);
        if (run.isPresent()) {
            return run.get().query().objectId();
        }
        return agency.find(id).map(GraphAgency.Placed::accountId).orElse(null);
    }

    private static String shape(String path) {
        return path.replaceAll("/act_\\d+", "/act").replaceAll("/\\d+", "/id").replaceAll("/v\\d+\\.\\d+", "/v");
    }

    private static String message(int code) {
        return switch (code) {
            case 190 ->
                "Error validating access token: The session has been invalidated because the user changed"
                        + " their password or Facebook has changed the session for security reasons.";
            case 4 -> "(#4) Application request limit reached";
            case 17 -> "(#17) User request limit reached";
            case 613 -> "(#613) Calls to this api have exceeded the rate limit.";
            default ->
                code >= 80000 && code <= 80014
                        ? "(#%d) There have been too many calls from this ad-account. Wait a bit and try again."
                                .formatted(code)
                        : "(#%d) An unexpected error has occurred. Please retry your request later.".formatted(code);
        };
    }

    /**
     * An armed fault.
     *
     * @param code the Graph error code to answer with
     * @param pathContains only calls whose path contains this (an ad account id), or every call when {@code null}
     * @param afterCalls matching calls let through before it fires
     * @param times matching calls it answers before it disarms
     * @param regainMinutes the {@code estimated_time_to_regain_access} it reports
     */
    record Fault(
            int code,
            @Nullable String pathContains,
            int afterCalls,
            int times,
            int regainMinutes,
            AtomicLong skipped,
            AtomicLong fired) {}

    record Calls(long total, long throttled, Map<String, Long> byShape) {}
}
