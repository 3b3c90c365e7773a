package com.targetbot.events.leads;

import org.jspecify.annotations.Nullable;

/**
 * The Meta ad a lead came from; each part only when known. The names are as Meta reported them when the
 * lead arrived (a Lead Ads lead carries them), so a notice can name the campaign and ad without asking Meta.
 *
 * @param campaignId Meta campaign
 * @param adId Meta ad
 * @param formId Meta lead form
 * @param adsetId Meta ad set
 * @param campaignName the campaign's name
 * @param adName the ad's name
 */
public record MetaAd(
        @Nullable String campaignId,
        @Nullable String adId,
        @Nullable String formId,
        @Nullable String adsetId,
        @Nullable String campaignName,
        @Nullable String adName) {

    /** No ad known. */
    public static final MetaAd NONE = new MetaAd(null, null, null);

    /** An ad known by its ids only (a landing page's tags, an API caller). */
    public MetaAd(@Nullable String campaignId, @Nullable String adId, @Nullable String formId) {
        this(campaignId, adId, formId, null, null, null);
    }
}
