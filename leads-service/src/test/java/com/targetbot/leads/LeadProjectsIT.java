package com.targetbot.leads;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.targetbot.events.leads.CreateLead;
import com.targetbot.events.leads.MetaAd;
import com.targetbot.events.meta.CampaignChanged;
import com.targetbot.events.projects.Project;
import com.targetbot.events.projects.ProjectChanged;
import com.targetbot.events.projects.ProjectDeleted;
import com.targetbot.events.projects.ProjectKpi;
import com.targetbot.testkit.Leads;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

/** Each new lead gets the project that claims it, from the projects' topic and Meta's campaigns, over real Kafka and Redis. */
class LeadProjectsIT extends LeadsIntegration {

    @Test
    void aLeadBelongsToTheProjectOfItsFormCampaignAccountOrApiKeyMostSpecificFirst() throws Exception {
        String account = "act_" + unique();
        String campaign = unique();
        String sharedCampaign = unique();
        String form = unique();
        String key = "k" + unique().substring(0, 7);
        String clinic =
                project(UUID.randomUUID().toString(), "Клиника", List.of(account), List.of(), List.of(), List.of(), 1);
        String salon = project(
                UUID.randomUUID().toString(),
                "Салон",
                List.of(),
                List.of(sharedCampaign),
                List.of(form),
                List.of(key),
                1);
        publish(new CampaignChanged(
                account, campaign, "Имплантация", "ACTIVE", "ACTIVE", null, null, Instant.now(), null, null, null));
        publish(new CampaignChanged(
                account, sharedCampaign, "Общая", "ACTIVE", "ACTIVE", null, null, Instant.now(), null, null, null));

        // The campaign's account is the clinic's; the directory learns it from meta.events, so wait for it.
        await().untilAsserted(() -> assertThat(projectOfNewLead(lead(new MetaAd(campaign, null, null), "admin:a")))
                .isEqualTo(clinic));
        assertThat(projectOfNewLead(lead(new MetaAd(sharedCampaign, null, null), "admin:a")))
                .isEqualTo(salon);
        assertThat(projectOfNewLead(lead(new MetaAd(campaign, null, form), "admin:a")))
                .isEqualTo(salon);
        assertThat(projectOfNewLead(lead(MetaAd.NONE, "api-key:" + key))).isEqualTo(salon);
        assertThat(projectOfNewLead(lead(new MetaAd(unique(), null, null), "api-key:" + unique().substring(0, 8))))
                .isNull();
        assertThat(ids("/leads?projectId={id}", clinic)).hasSize(1);
        assertThat(ids("/leads?projectId={id}", salon)).hasSize(3);
    }

    @Test
    void aChangedProjectReleasesWhatItNoLongerClaimsAndADeletedOneClaimsNothing() throws Exception {
        String form = unique();
        String otherForm = unique();
        String id = project(UUID.randomUUID().toString(), "Клиника", List.of(), List.of(), List.of(form), List.of(), 1);
        await().untilAsserted(() -> assertThat(projectOfNewLead(lead(new MetaAd(null, null, form), "admin:a")))
                .isEqualTo(id));

        project(id, "Клиника", List.of(), List.of(), List.of(otherForm), List.of(), 2);
        // An older record arriving late changes nothing.
        project(id, "Клиника", List.of(), List.of(), List.of(form), List.of(), 1);
        await().untilAsserted(() -> assertThat(projectOfNewLead(lead(new MetaAd(null, null, otherForm), "admin:a")))
                .isEqualTo(id));
        assertThat(projectOfNewLead(lead(new MetaAd(null, null, form), "admin:a")))
                .isNull();

        publish(new ProjectDeleted(id, 3, Instant.now(), "admin:a"));
        await().untilAsserted(() -> assertThat(projectOfNewLead(lead(new MetaAd(null, null, otherForm), "admin:a")))
                .isNull());
    }

    private String projectOfNewLead(CreateLead lead) throws Exception {
        publish(lead);
        var stored = awaitLead(lead.leadId()).get("projectId");
        return stored == null || stored.isNull() ? null : stored.asString();
    }

    private static CreateLead lead(MetaAd ad, String by) {
        return Leads.createLead().phone(null).meta(ad).by(by).build();
    }

    private String project(
            String id,
            String name,
            List<String> accounts,
            List<String> campaigns,
            List<String> forms,
            List<String> keys,
            long version)
            throws Exception {
        publish(new ProjectChanged(
                new Project(
                        id,
                        name,
                        null,
                        accounts,
                        campaigns,
                        forms,
                        keys,
                        null,
                        null,
                        "Europe/Moscow",
                        "RUB",
                        ProjectKpi.NONE),
                version,
                Instant.now(),
                "admin:a"));
        return id;
    }

    private static String unique() {
        return Long.toString(ThreadLocalRandom.current().nextLong(100_000_000L, 999_999_999L));
    }
}
