package com.targetbot.telegram.reporting;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.targetbot.telegram.config.ServiceUrls;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestClient;

/** The read APIs of reports-service and meta-service. */
@Component
class ReportsClient {

    static final int LATEST = 5;

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Report(
            String id,
            String status,
            @Nullable Instant createdAt,
            @Nullable Long rows,
            @Nullable String downloadUrl) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Page(List<Report> items) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record MetaStats(@Nullable Instant syncedAt, Totals totals) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Totals(long adAccounts, long campaigns) {}

    /**
     * meta-service's last check of the Meta access token.
     *
     * @param expiresAt null for a token without an expiry date
     * @param problem what Meta said about an invalid token
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record MetaToken(
            boolean valid,
            @Nullable Instant expiresAt,
            Instant checkedAt,
            @Nullable String problem) {}

    private final RestClient reports;
    private final RestClient meta;

    ReportsClient(ServiceUrls urls) {
        // A chat waits on these answers: fail fast rather than leave the user without a reply.
        var timeouts = new SimpleClientHttpRequestFactory();
        timeouts.setConnectTimeout(Duration.ofSeconds(2));
        timeouts.setReadTimeout(Duration.ofSeconds(5));
        this.reports = RestClient.builder()
                .baseUrl(urls.reportsUrl().toString())
                .requestFactory(timeouts)
                .build();
        this.meta = RestClient.builder()
                .baseUrl(urls.metaUrl().toString())
                .requestFactory(timeouts)
                .build();
    }

    /** The newest reports, newest first. */
    List<Report> latest(int limit) {
        Page page =
                reports.get().uri("/reports?limit={limit}", limit).retrieve().body(Page.class);
        return Objects.requireNonNull(page, "reports page").items();
    }

    Report one(String id) {
        return Objects.requireNonNull(
                reports.get().uri("/reports/{id}", id).retrieve().body(Report.class), id);
    }

    /** The last Meta sync; empty when meta-service never synced (it answers 404). */
    Optional<MetaStats> metaStats() {
        return metaRead("/meta/stats", MetaStats.class);
    }

    /** The last check of the Meta token; empty when meta-service never checked it (it answers 404). */
    Optional<MetaToken> metaToken() {
        return metaRead("/meta/token", MetaToken.class);
    }

    private <T> Optional<T> metaRead(String path, Class<T> type) {
        try {
            return Optional.ofNullable(meta.get().uri(path).retrieve().body(type));
        } catch (HttpClientErrorException e) {
            if (e.getStatusCode() == HttpStatus.NOT_FOUND) {
                return Optional.empty();
            }
            throw e;
        }
    }
}
