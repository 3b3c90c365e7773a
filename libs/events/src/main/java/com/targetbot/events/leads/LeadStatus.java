package com.targetbot.events.leads;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Where a lead stands in the sales funnel. */
public enum LeadStatus {
    @JsonProperty("new")
    NEW,
    @JsonProperty("in_progress")
    IN_PROGRESS,
    @JsonProperty("won")
    WON,
    @JsonProperty("lost")
    LOST,
    @JsonProperty("spam")
    SPAM
}
