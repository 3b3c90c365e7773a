package com.targetbot.leads.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LeadKeysTests {

    @Test
    void everyKeyStartsWithTheServicePrefix() {
        assertThat(LeadKeys.lead("abc")).isEqualTo("leads:lead:abc");
        assertThat(LeadKeys.BY_CREATED).startsWith("leads:");
        assertThat(LeadKeys.TOTAL).startsWith("leads:");
    }
}
