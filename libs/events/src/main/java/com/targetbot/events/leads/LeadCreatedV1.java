package com.targetbot.events.leads;

import com.targetbot.events.RetiredVersion;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * {@code com.targetbot.lead.created.v1}: the flat form of {@link LeadCreated}, which leads.events keeps
 * forever and a rebuild replays. Field meanings as in {@link LeadCreated}, {@link Contact}, {@link Utm} and
 * {@link MetaAd}.
 */
public record LeadCreatedV1(
        String leadId,
        String name,
        @Nullable String phone,
        @Nullable String email,
        @Nullable String comment,
        LeadSource source,
        LeadStatus status,
        Instant createdAt,
        String createdBy,
        @Nullable String utmSource,
        @Nullable String utmMedium,
        @Nullable String utmCampaign,
        @Nullable String utmContent,
        @Nullable String utmTerm,
        @Nullable String metaCampaignId,
        @Nullable String metaAdId,
        @Nullable String metaFormId,
        @Nullable String duplicateOf)
        implements RetiredVersion<LeadCreated> {

    @Override
    public LeadCreated upcast() {
        return new LeadCreated(
                leadId,
                new Contact(name, phone, email),
                comment,
                source,
                attribution(
                        utmSource, utmMedium, utmCampaign, utmContent, utmTerm, metaCampaignId, metaAdId, metaFormId),
                status,
                createdAt,
                createdBy,
                duplicateOf,
                null,
                null);
    }

    /** The grouping of v1's flat attribution fields, shared by the v1 forms of the lead. */
    static Attribution attribution(
            @Nullable String utmSource,
            @Nullable String utmMedium,
            @Nullable String utmCampaign,
            @Nullable String utmContent,
            @Nullable String utmTerm,
            @Nullable String metaCampaignId,
            @Nullable String metaAdId,
            @Nullable String metaFormId) {
        return new Attribution(
                new Utm(utmSource, utmMedium, utmCampaign, utmContent, utmTerm),
                new MetaAd(metaCampaignId, metaAdId, metaFormId));
    }
}
