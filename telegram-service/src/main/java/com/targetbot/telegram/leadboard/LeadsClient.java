package com.targetbot.telegram.leadboard;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.targetbot.telegram.config.ServiceClients;
import com.targetbot.telegram.config.ServiceUrls;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/** leads-service's read API. */
@Component
class LeadsClient {

    static final int LATEST = 10;

    /** A lead as leads-service lists it; fields it adds later are ignored. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Lead(
            String id,
            String name,
            @Nullable String phone,
            @Nullable String email,
            @Nullable String comment,
            @Nullable String source,
            String status,
            @Nullable String createdBy) {

        Lead withStatus(String newStatus) {
            return new Lead(id, name, phone, email, comment, source, newStatus, createdBy);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Page(List<Lead> items) {}

    private final RestClient http;

    LeadsClient(RestClient.Builder builder, ServiceUrls urls) {
        this.http = ServiceClients.of(builder, urls.leadsUrl());
    }

    /** The newest leads, newest first. */
    List<Lead> latest() {
        Page page = http.get().uri("/leads?limit={limit}", LATEST).retrieve().body(Page.class);
        return Objects.requireNonNull(page, "leads page").items();
    }

    /** @throws org.springframework.web.client.HttpClientErrorException.NotFound when there is no such lead */
    Lead one(String id) {
        return Objects.requireNonNull(
                http.get().uri("/leads/{id}", id).retrieve().body(Lead.class), "lead " + id);
    }
}
