package com.targetbot.telegram.reports;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.targetbot.telegram.config.ServiceClients;
import com.targetbot.telegram.config.ServiceUrls;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/**
 * The read API of reports-service. Its download links are presigned when read, so they are read there rather
 * than kept from events (docs/adr/0004-bot-reads-that-stay-synchronous.md).
 */
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

    private final RestClient reports;

    ReportsClient(RestClient.Builder builder, ServiceUrls urls) {
        this.reports = ServiceClients.of(builder, urls.reports());
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
}
