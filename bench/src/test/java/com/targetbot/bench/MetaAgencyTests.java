package com.targetbot.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.Properties;
import org.junit.jupiter.api.Test;

class MetaAgencyTests {

    @Test
    void theDefaultAgencyIsTheNamedAccountsPlusTenOfTwentyCampaignsOverNinetyDays() {
        var agency = MetaAgency.from(new Properties());

        assertThat(agency.accounts())
                .hasSize(13)
                .startsWith(new MetaAgency.Account("act_1000001", 30))
                .endsWith(new MetaAgency.Account("act_2000010", 20));
        assertThat(agency.totalCampaigns()).isEqualTo(42 + 200);
        assertThat(agency.totalAds()).isEqualTo(242 * 4);
        assertThat(agency.days()).isEqualTo(90);
    }

    @Test
    void theSandboxIsToldTheSizeWithAdsSpreadOverTheAdSets() {
        var properties = new Properties();
        properties.setProperty("bench.accounts", "50");
        properties.setProperty("bench.campaigns", "200");
        properties.setProperty("bench.adSetsPerCampaign", "4");
        properties.setProperty("bench.adsPerCampaign", "20");

        assertThat(MetaAgency.from(properties).sandboxProperties())
                .contains("targetbot.sandbox.graph.agency.extra-accounts=50\n")
                .contains("targetbot.sandbox.graph.agency.campaigns-per-extra-account=200\n")
                .contains("targetbot.sandbox.graph.agency.ad-sets-per-campaign=4\n")
                .contains("targetbot.sandbox.graph.agency.ads-per-ad-set=5\n");
    }

    @Test
    void adsThatCannotBeSpreadEvenlyAreRefused() {
        var properties = new Properties();
        properties.setProperty("bench.adsPerCampaign", "5");

        assertThatIllegalArgumentException().isThrownBy(() -> MetaAgency.from(properties));
    }
}
