package com.targetbot.telegram.projects;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.targetbot.telegram.config.ServiceClients;
import com.targetbot.telegram.config.ServiceUrls;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/**
 * meta-service's figures of a project: its accounts' Meta statistics joined with its leads, which only meta-service
 * holds together (docs/adr/0005-bot-reads-that-stay-synchronous.md).
 */
@Component
class ProjectStatsClient {

    /** A project's figures over the days asked for, in its currency. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Stats(
            String currency,
            BigDecimal spend,
            long leads,
            long qualifiedLeads,
            @Nullable BigDecimal costPerLead,
            @Nullable BigDecimal targetCostPerLead,
            List<Campaign> campaigns) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Campaign(String id, String name, BigDecimal spend, long leads) {}

    private final RestClient meta;

    ProjectStatsClient(RestClient.Builder builder, ServiceUrls urls) {
        this.meta = ServiceClients.of(builder, urls.meta());
    }

    /** The figures of the days from {@code from} to {@code to}, both included, in the project's zone. */
    Stats stats(String projectId, LocalDate from, LocalDate to) {
        return Objects.requireNonNull(
                meta.get()
                        .uri("/projects/{id}/stats?from={from}&to={to}", projectId, from, to)
                        .retrieve()
                        .body(Stats.class),
                projectId);
    }
}
