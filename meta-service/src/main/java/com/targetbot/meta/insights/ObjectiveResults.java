package com.targetbot.meta.insights;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What Ads Manager counts as a campaign's "results", by its objective: an action type from the insights'
 * {@code actions}, or {@code reach} for awareness. The outcome-based objectives (ODAX) and the legacy ones Graph still
 * returns for old campaigns; an objective whose result is ambiguous (legacy {@code CONVERSIONS}) has none.
 */
public final class ObjectiveResults {

    /** The result type of awareness campaigns: people reached, not an action. */
    public static final String REACH = "reach";

    private static final Map<String, String> BY_OBJECTIVE = Map.ofEntries(
            Map.entry("OUTCOME_LEADS", "lead"),
            Map.entry("LEAD_GENERATION", "lead"),
            Map.entry("OUTCOME_TRAFFIC", "link_click"),
            Map.entry("LINK_CLICKS", "link_click"),
            Map.entry("OUTCOME_ENGAGEMENT", "post_engagement"),
            Map.entry("POST_ENGAGEMENT", "post_engagement"),
            Map.entry("OUTCOME_SALES", "purchase"),
            Map.entry("OUTCOME_AWARENESS", REACH),
            Map.entry("REACH", REACH),
            Map.entry("BRAND_AWARENESS", REACH),
            Map.entry("OUTCOME_APP_PROMOTION", "mobile_app_install"),
            Map.entry("APP_INSTALLS", "mobile_app_install"),
            Map.entry("MESSAGES", "onsite_conversion.messaging_conversation_started_7d"),
            Map.entry("VIDEO_VIEWS", "video_view"));

    private ObjectiveResults() {}

    /** The result type of an objective; {@code null} for none or an unknown objective. */
    public static @Nullable String resultType(@Nullable String objective) {
        return objective == null ? null : BY_OBJECTIVE.get(objective);
    }
}
