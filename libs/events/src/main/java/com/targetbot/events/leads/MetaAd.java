package com.targetbot.events.leads;

import org.jspecify.annotations.Nullable;

/**
 * The Meta ad a lead came from; each id only when known.
 *
 * @param campaignId Meta campaign
 * @param adId Meta ad
 * @param formId Meta lead form
 */
public record MetaAd(
        @Nullable String campaignId,
        @Nullable String adId,
        @Nullable String formId) {

    /** No ad known. */
    public static final MetaAd NONE = new MetaAd(null, null, null);
}
