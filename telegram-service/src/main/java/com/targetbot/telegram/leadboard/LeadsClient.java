package com.targetbot.telegram.leadboard;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.targetbot.events.leads.Contact;
import com.targetbot.events.leads.LeadCreated;
import com.targetbot.events.leads.MetaAd;
import com.targetbot.telegram.config.ServiceClients;
import com.targetbot.telegram.config.ServiceUrls;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/** leads-service's read API. */
@Component
class LeadsClient {

    static final int LATEST = 10;

    /** What the bot shows of a lead, whether listed by leads-service or announced on leads.events. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Lead(
            String id,
            @Nullable Long number,
            Contact contact,
            @Nullable String comment,
            @Nullable String source,
            String status,
            @Nullable String createdBy,
            MetaAd meta) {

        /** A lead as leads-service's HTTP API lists it (flat); fields it adds later are ignored. */
        @JsonCreator
        static Lead listed(
                @JsonProperty("id") String id,
                @JsonProperty("number") @Nullable Long number,
                @JsonProperty("name") String name,
                @JsonProperty("phone") @Nullable String phone,
                @JsonProperty("email") @Nullable String email,
                @JsonProperty("comment") @Nullable String comment,
                @JsonProperty("source") @Nullable String source,
                @JsonProperty("status") String status,
                @JsonProperty("createdBy") @Nullable String createdBy,
                @JsonProperty("metaCampaignId") @Nullable String metaCampaignId,
                @JsonProperty("metaAdId") @Nullable String metaAdId,
                @JsonProperty("metaCampaignName") @Nullable String metaCampaignName,
                @JsonProperty("metaAdName") @Nullable String metaAdName) {
            return new Lead(
                    id,
                    number,
                    new Contact(name, phone, email),
                    comment,
                    source,
                    status,
                    createdBy,
                    new MetaAd(metaCampaignId, metaAdId, null, null, metaCampaignName, metaAdName));
        }

        /** A lead as leads-service announced it. */
        static Lead announced(LeadCreated created) {
            return new Lead(
                    created.leadId(),
                    created.number(),
                    created.contact(),
                    created.comment(),
                    created.source().name().toLowerCase(Locale.ROOT),
                    LeadBoard.statusValue(created.status()),
                    created.createdBy(),
                    created.attribution().meta());
        }

        Lead withStatus(String newStatus) {
            return new Lead(id, number, contact, comment, source, newStatus, createdBy, meta);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Page(List<Lead> items) {}

    private final RestClient http;

    LeadsClient(RestClient.Builder builder, ServiceUrls urls) {
        this.http = ServiceClients.of(builder, urls.leads());
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
