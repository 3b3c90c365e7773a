package com.targetbot.events.leads;

import com.targetbot.events.RetiredVersion;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * {@code com.targetbot.lead.create.v1}: the flat form of {@link CreateLead}, read from old records only.
 * Field meanings as in {@link CreateLead}, {@link Contact}, {@link Utm} and {@link MetaAd}.
 */
public record CreateLeadV1(
        String leadId,
        String name,
        @Nullable String phone,
        @Nullable String email,
        @Nullable String comment,
        LeadSource source,
        Instant requestedAt,
        String requestedBy,
        @Nullable String utmSource,
        @Nullable String utmMedium,
        @Nullable String utmCampaign,
        @Nullable String utmContent,
        @Nullable String utmTerm,
        @Nullable String metaCampaignId,
        @Nullable String metaAdId,
        @Nullable String metaFormId)
        implements RetiredVersion<CreateLead> {

    @Override
    public CreateLead upcast() {
        return new CreateLead(
                leadId,
                new Contact(name, phone, email),
                comment,
                source,
                LeadCreatedV1.attribution(
                        utmSource, utmMedium, utmCampaign, utmContent, utmTerm, metaCampaignId, metaAdId, metaFormId),
                requestedAt,
                requestedBy);
    }
}
