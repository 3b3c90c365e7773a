package com.targetbot.leads.projects;

import com.targetbot.events.leads.CreateLead;
import com.targetbot.events.leads.MetaAd;
import com.targetbot.events.meta.CampaignChanged;
import com.targetbot.events.projects.ProjectChanged;
import com.targetbot.events.projects.ProjectClaims;
import com.targetbot.events.projects.ProjectDeleted;
import com.targetbot.events.projects.ProjectEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.ClassPathResource;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.stereotype.Component;

/**
 * Decides a new lead's project, most specific claim first: its lead form, its campaign, its campaign's ad account,
 * then the API key that sent it. A lead no project claims belongs to none.
 */
@Component
public class ProjectDirectory {

    static final String VERSIONS = "leads-projects:versions";
    static final String CLAIMS = "leads-projects:claims";
    static final String CAMPAIGN_ACCOUNTS = "leads-projects:campaign-accounts";
    private static final String API_KEY_PREFIX = "api-key:";
    private static final RedisScript<Long> APPLY =
            RedisScript.of(new ClassPathResource("apply-project.lua", ProjectDirectory.class), Long.class);

    private final StringRedisTemplate redis;

    ProjectDirectory(StringRedisTemplate redis) {
        this.redis = redis;
    }

    static String claimsOf(String projectId) {
        return "leads-projects:project:" + projectId + ":claims";
    }

    /** The project that claims the lead, or null. */
    public @Nullable String projectOf(CreateLead lead) {
        MetaAd ad = lead.attribution().meta();
        List<String> claims = new ArrayList<>(4);
        if (ad.formId() != null) {
            claims.add(ProjectClaims.form(ad.formId()));
        }
        if (ad.campaignId() != null) {
            claims.add(ProjectClaims.campaign(ad.campaignId()));
            Object account = redis.opsForHash().get(CAMPAIGN_ACCOUNTS, ad.campaignId());
            if (account instanceof String accountId) {
                claims.add(ProjectClaims.account(accountId));
            }
        }
        if (lead.requestedBy().startsWith(API_KEY_PREFIX)) {
            claims.add(ProjectClaims.apiKey(lead.requestedBy().substring(API_KEY_PREFIX.length())));
        }
        if (claims.isEmpty()) {
            return null;
        }
        return redis.opsForHash().multiGet(CLAIMS, List.copyOf(claims)).stream()
                .filter(String.class::isInstance)
                .map(String.class::cast)
                .findFirst()
                .orElse(null);
    }

    /** A project's newest claims replace its earlier ones; a deleted project claims nothing. */
    void apply(ProjectEvent event) {
        List<String> args = new ArrayList<>();
        args.add(event.projectId());
        args.add(Long.toString(event.version()));
        switch (event) {
            case ProjectChanged changed -> args.addAll(ProjectClaims.of(changed.project()));
            case ProjectDeleted deleted -> {
                // No claims: the script releases the project's earlier ones.
            }
        }
        Objects.requireNonNull(redis.execute(
                APPLY, List.of(VERSIONS, CLAIMS, claimsOf(event.projectId())), args.toArray(Object[]::new)));
    }

    /** Which ad account runs the campaign, for leads that name only their campaign. */
    void campaign(CampaignChanged campaign) {
        redis.opsForHash().put(CAMPAIGN_ACCOUNTS, campaign.campaignId(), campaign.accountId());
    }
}
