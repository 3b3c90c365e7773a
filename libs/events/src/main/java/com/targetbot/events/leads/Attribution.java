package com.targetbot.events.leads;

import org.jspecify.annotations.Nullable;

/**
 * What brought a lead in. Both parts are always present; an unknown part is {@link Utm#NONE} or
 * {@link MetaAd#NONE}, and a part missing from the JSON reads as such.
 *
 * @param utm the UTM tags of the page the lead came from
 * @param meta the Meta ad the lead came from
 */
public record Attribution(Utm utm, MetaAd meta) {

    /** Nothing known about where the lead came from. */
    public static final Attribution NONE = new Attribution(Utm.NONE, MetaAd.NONE);

    public Attribution(@Nullable Utm utm, @Nullable MetaAd meta) {
        this.utm = utm == null ? Utm.NONE : utm;
        this.meta = meta == null ? MetaAd.NONE : meta;
    }
}
