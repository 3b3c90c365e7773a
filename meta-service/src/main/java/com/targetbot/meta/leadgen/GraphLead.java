package com.targetbot.meta.leadgen;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A Lead Ads lead as {@code GET /{leadgen_id}} (or a form's {@code /leads}) describes it.
 *
 * @param createdTime Graph's timestamp, e.g. {@code 2026-12-03T10:15:00+0000}
 * @param fieldData the answers: question key and its values
 */
record GraphLead(
        String id,
        @JsonProperty("created_time") String createdTime,
        @JsonProperty("field_data") @Nullable List<Answer> fieldData,
        @JsonProperty("ad_id") @Nullable String adId,
        @JsonProperty("ad_name") @Nullable String adName,
        @JsonProperty("adset_id") @Nullable String adsetId,
        @JsonProperty("adset_name") @Nullable String adsetName,
        @JsonProperty("campaign_id") @Nullable String campaignId,
        @JsonProperty("campaign_name") @Nullable String campaignName,
        @JsonProperty("form_id") @Nullable String formId,
        @Nullable String platform,
        @JsonProperty("is_organic") @Nullable Boolean isOrganic) {

    static final String FIELDS = "created_time,field_data,ad_id,ad_name,adset_id,adset_name,campaign_id,"
            + "campaign_name,form_id,platform,is_organic";

    List<Answer> answers() {
        return fieldData == null ? List.of() : fieldData;
    }

    record Answer(String name, @Nullable List<String> values) {

        String value() {
            return values == null ? "" : String.join(", ", values);
        }
    }
}
