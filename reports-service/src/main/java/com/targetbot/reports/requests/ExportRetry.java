package com.targetbot.reports.requests;

import com.targetbot.reports.leads.LeadsUnavailableException;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.retry.RetryException;
import org.springframework.core.retry.RetryListener;
import org.springframework.core.retry.RetryPolicy;
import org.springframework.core.retry.RetryState;
import org.springframework.core.retry.RetryTemplate;
import org.springframework.core.retry.Retryable;
import org.springframework.stereotype.Component;

/**
 * Runs a report's generation again while the leads export fails for a reason that may pass, with bounded
 * back-off; the report stays pending meanwhile (ADR 0006: the export is the one synchronous read left in a
 * listener, so its hiccups must not become failed reports).
 */
@Component
class ExportRetry {

    private static final Logger log = LoggerFactory.getLogger(ExportRetry.class);

    private final RetryTemplate template;

    ExportRetry(ExportRetryProperties properties) {
        this.template = new RetryTemplate(RetryPolicy.builder()
                .includes(LeadsUnavailableException.class)
                .maxRetries(properties.attempts())
                .delay(properties.initialInterval())
                .multiplier(2)
                .maxDelay(properties.maxInterval())
                .build());
        template.setRetryListener(new RetryListener() {
            @Override
            public void beforeRetry(RetryPolicy policy, Retryable<?> retryable, RetryState state) {
                log.warn(
                        "{}: leads export failed ({}), trying again (retry {})",
                        retryable.getName(),
                        state.getLastException().getMessage(),
                        state.getRetryCount() + 1);
            }
        });
    }

    /**
     * Runs {@code generation} until it succeeds, fails for good, or the retries are spent.
     *
     * @throws ReportGenerationException naming how often the export was tried, once the retries are spent
     * @throws RuntimeException a failure that cannot pass, as {@code generation} threw it; and the last
     *     {@link LeadsUnavailableException} when the wait is interrupted (shutdown), so the report stays pending
     */
    <R> R run(String reportId, Supplier<R> generation) {
        try {
            return template.execute(new Retryable<R>() {
                @Override
                public R execute() {
                    return generation.get();
                }

                @Override
                public String getName() {
                    return "report " + reportId;
                }
            });
        } catch (RetryException e) {
            Throwable last = e.getLastException();
            if (last instanceof LeadsUnavailableException unavailable
                    && !Thread.currentThread().isInterrupted()) {
                throw new ReportGenerationException(
                        unavailable.getMessage() + " (tried " + (e.getRetryCount() + 1) + " times)", unavailable);
            }
            if (last instanceof Error error) {
                throw error;
            }
            throw last instanceof RuntimeException runtime
                    ? runtime
                    : new IllegalStateException(last.getMessage(), last);
        }
    }
}
