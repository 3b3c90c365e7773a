package com.targetbot.gateway.leads;

import org.jspecify.annotations.Nullable;

/** A lead request that passed validation: trimmed, phone in E.164. */
record NewLead(
        String name,
        @Nullable String phone,
        @Nullable String email,
        @Nullable String comment,
        Attribution attribution) {

    NewLead(String name, @Nullable String phone, @Nullable String email, @Nullable String comment) {
        this(name, phone, email, comment, Attribution.NONE);
    }

    /** Where the lead came from, as the form or the integration knows it: UTM tags and Meta ids. */
    record Attribution(
            @Nullable String utmSource,
            @Nullable String utmMedium,
            @Nullable String utmCampaign,
            @Nullable String utmContent,
            @Nullable String utmTerm,
            @Nullable String metaCampaignId,
            @Nullable String metaAdId,
            @Nullable String metaFormId) {

        static final Attribution NONE = new Attribution(null, null, null, null, null, null, null, null);
    }
}
