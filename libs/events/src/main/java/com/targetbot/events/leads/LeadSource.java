package com.targetbot.events.leads;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Where a lead came from. */
public enum LeadSource {
    @JsonProperty("telegram")
    TELEGRAM,
    @JsonProperty("api")
    API,
    @JsonProperty("meta_leadgen")
    META_LEADGEN,
    @JsonProperty("manual")
    MANUAL
}
