package com.targetbot.events.projects;

import java.util.ArrayList;
import java.util.List;

/**
 * What brings a project its leads, written as claims every service keys the same way: {@code account:<id>},
 * {@code campaign:<id>}, {@code form:<id>}, {@code key:<API key prefix>}. Each claim belongs to one project.
 */
public final class ProjectClaims {

    private ProjectClaims() {}

    /** Every claim of the project. */
    public static List<String> of(Project project) {
        List<String> claims = new ArrayList<>();
        project.adAccountIds().forEach(id -> claims.add(account(id)));
        project.campaignIds().forEach(id -> claims.add(campaign(id)));
        project.formIds().forEach(id -> claims.add(form(id)));
        project.apiKeyPrefixes().forEach(prefix -> claims.add(apiKey(prefix)));
        return claims;
    }

    public static String account(String accountId) {
        return "account:" + accountId;
    }

    public static String campaign(String campaignId) {
        return "campaign:" + campaignId;
    }

    public static String form(String formId) {
        return "form:" + formId;
    }

    public static String apiKey(String prefix) {
        return "key:" + prefix;
    }
}
