package com.targetbot.meta.leadgen;

import com.targetbot.kit.kafka.RejectedEventException;
import com.targetbot.meta.graph.GraphApiClient;
import com.targetbot.meta.graph.GraphApiException;
import com.targetbot.meta.graph.GraphPage;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Component;

/**
 * Finds the leads whose notification never arrived (Meta gives up after 36 hours; a notification can also be
 * lost on the way): per managed page, subscribe it to {@code leadgen}, then per lead form read the leads created
 * since the form's high-water mark and create those not ingested yet, with the same deterministic id a
 * notification would have given them. One replica at a time ({@link ReconciliationLock}).
 */
@Component
class LeadReconciliation {

    private static final Logger log = LoggerFactory.getLogger(LeadReconciliation.class);
    private static final String HIGH_WATER_MARK = "meta:leadgen:hwm:";
    private static final ParameterizedTypeReference<GraphPage<GraphForm>> FORMS = new ParameterizedTypeReference<>() {};
    private static final ParameterizedTypeReference<GraphPage<GraphLead>> LEADS = new ParameterizedTypeReference<>() {};

    private final PageTokens pages;
    private final PageSubscriptions subscriptions;
    private final GraphApiClient graph;
    private final LeadIngestion ingestion;
    private final ReconciliationLock lock;
    private final StringRedisTemplate redis;
    private final LeadgenProperties properties;
    private final Counter recoveredCounter;
    private final Clock clock = Clock.systemUTC();

    LeadReconciliation(
            PageTokens pages,
            PageSubscriptions subscriptions,
            GraphApiClient graph,
            LeadIngestion ingestion,
            ReconciliationLock lock,
            StringRedisTemplate redis,
            LeadgenProperties properties,
            MeterRegistry meters) {
        this.pages = pages;
        this.subscriptions = subscriptions;
        this.graph = graph;
        this.ingestion = ingestion;
        this.lock = lock;
        this.redis = redis;
        this.properties = properties;
        this.recoveredCounter = Counter.builder("meta.leadgen.recovered")
                .description("Lead Ads leads created by reconciliation because their notification never arrived")
                .register(meters);
    }

    /** One run, unless another replica is running one: the leadgen ids it recovered, empty when it did not run. */
    Optional<List<String>> run() {
        Optional<String> owner = lock.tryAcquire(properties.lockTtl());
        if (owner.isEmpty()) {
            log.debug("Lead Ads reconciliation skipped: another replica holds the lock");
            return Optional.empty();
        }
        try {
            return Optional.of(reconcile());
        } finally {
            lock.release(owner.get());
        }
    }

    private List<String> reconcile() {
        List<String> recovered = new ArrayList<>();
        List<PageTokens.ManagedPage> managed;
        try {
            managed = pages.refresh();
        } catch (GraphApiException e) {
            log.warn("Lead Ads reconciliation could not list the pages: {}", e.getMessage());
            return recovered;
        }
        for (PageTokens.ManagedPage page : managed) {
            try {
                subscriptions.subscribe(page);
                for (GraphForm form :
                        graph.readAll(page.token(), page.id(), "leadgen_forms", "id,name", Map.of(), FORMS)) {
                    recovered.addAll(reconcileForm(page, form));
                }
            } catch (GraphApiException e) {
                // The next run starts again from the same high-water marks: nothing is skipped.
                log.warn("Lead Ads reconciliation of page {} failed: {}", page.id(), e.getMessage());
            }
        }
        log.info("Lead Ads reconciliation recovered {} lead(s) over {} page(s)", recovered.size(), managed.size());
        return recovered;
    }

    private List<String> reconcileForm(PageTokens.ManagedPage page, GraphForm form) {
        Instant since = highWaterMark(form.id())
                .map(mark -> mark.minus(properties.overlap()))
                .orElseGet(() -> clock.instant().minus(properties.firstLookback()));
        String filtering =
                "[{\"field\":\"time_created\",\"operator\":\"GREATER_THAN\",\"value\":" + since.getEpochSecond() + "}]";
        List<GraphLead> leads = graph.readAll(
                page.token(), form.id(), "leads", GraphLead.FIELDS, Map.of("filtering", filtering), LEADS);
        List<String> recovered = new ArrayList<>();
        Instant newest = null;
        for (GraphLead lead : leads) {
            Instant created;
            try {
                created = LeadMapping.createdTime(lead);
            } catch (RejectedEventException e) {
                log.warn("Lead Ads reconciliation skipped a lead of form {}: {}", form.id(), e.getMessage());
                continue;
            }
            if (!ingestion.seen(lead.id())) {
                ingestion.publish(lead, page.id());
                recoveredCounter.increment();
                recovered.add(lead.id());
                log.info("Lead Ads lead {} of form {} recovered by reconciliation", lead.id(), form.id());
            }
            newest = newest == null || created.isAfter(newest) ? created : newest;
        }
        if (newest != null) {
            redis.opsForValue().set(HIGH_WATER_MARK + form.id(), Long.toString(newest.getEpochSecond()));
        }
        return recovered;
    }

    private Optional<Instant> highWaterMark(String formId) {
        @Nullable String mark = redis.opsForValue().get(HIGH_WATER_MARK + formId);
        return mark == null ? Optional.empty() : Optional.of(Instant.ofEpochSecond(Long.parseLong(mark)));
    }

    record GraphForm(String id, @Nullable String name) {}
}
