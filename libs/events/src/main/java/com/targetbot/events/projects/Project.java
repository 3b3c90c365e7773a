package com.targetbot.events.projects;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One client of the agency. A lead belongs to the project whose ad accounts, campaigns, lead forms or API keys
 * brought it in.
 *
 * @param id stable id chosen by meta-service
 * @param name what the agency calls the client
 * @param manager the login of the admin-UI account that runs the project; null while nobody does
 * @param adAccountIds the Meta ad accounts ({@code act_<id>}) that belong to it
 * @param campaignIds campaigns of other accounts that belong to it too (an account shared by clients)
 * @param formIds Meta lead forms whose leads belong to it
 * @param apiKeyPrefixes integrations (API keys) whose leads belong to it
 * @param clientChat the client's group, where its leads, figures and alerts go
 * @param agencyChat the agency's internal chat about this client
 * @param timeZone IANA zone its days, summaries and quiet hours are counted in
 * @param currency ISO 4217 code of its budgets and targets
 * @param kpi its targets
 * @param alerts how it is alerted ({@link ProjectAlerts#DEFAULTS} in records written before alerts existed)
 */
public record Project(
        String id,
        String name,
        @Nullable String manager,
        List<String> adAccountIds,
        List<String> campaignIds,
        List<String> formIds,
        List<String> apiKeyPrefixes,
        @Nullable ProjectChat clientChat,
        @Nullable ProjectChat agencyChat,
        String timeZone,
        String currency,
        ProjectKpi kpi,
        ProjectAlerts alerts) {

    public Project {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        adAccountIds = List.copyOf(adAccountIds);
        campaignIds = List.copyOf(campaignIds);
        formIds = List.copyOf(formIds);
        apiKeyPrefixes = List.copyOf(apiKeyPrefixes);
        Objects.requireNonNull(timeZone, "timeZone");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(kpi, "kpi");
        alerts = Objects.requireNonNullElse(alerts, ProjectAlerts.DEFAULTS);
    }

    /** A project alerted as {@link ProjectAlerts#DEFAULTS}. */
    public Project(
            String id,
            String name,
            @Nullable String manager,
            List<String> adAccountIds,
            List<String> campaignIds,
            List<String> formIds,
            List<String> apiKeyPrefixes,
            @Nullable ProjectChat clientChat,
            @Nullable ProjectChat agencyChat,
            String timeZone,
            String currency,
            ProjectKpi kpi) {
        this(
                id,
                name,
                manager,
                adAccountIds,
                campaignIds,
                formIds,
                apiKeyPrefixes,
                clientChat,
                agencyChat,
                timeZone,
                currency,
                kpi,
                ProjectAlerts.DEFAULTS);
    }
}
