package com.targetbot.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.targetbot.leads.sample.UsesMeta;
import com.targetbot.meta.sample.MetaInternal;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.Test;

class ServiceArchitectureRulesTests {

    @Test
    void aServiceUsingAnotherServicesClassBreaksTheRule() {
        var classes = new ClassFileImporter().importClasses(UsesMeta.class, MetaInternal.class);

        assertThatThrownBy(() -> ServiceArchitectureRules.noOtherServiceIsUsed.check(classes))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("UsesMeta")
                .hasMessageContaining("MetaInternal");
    }

    @Test
    void aServiceUsingTheLibrariesKeepsTheRule() {
        var classes = new ClassFileImporter().importClasses(MetaInternal.class, TopicProbe.class);

        ServiceArchitectureRules.noOtherServiceIsUsed.check(classes);
    }

    @Test
    void packagesAreAttributedToTheirService() {
        assertThat(ServiceArchitectureRules.service("com.targetbot.leads.store"))
                .isEqualTo("leads");
        assertThat(ServiceArchitectureRules.service("com.targetbot.events.leads"))
                .isNull();
        assertThat(ServiceArchitectureRules.service("org.example.leads")).isNull();
    }
}
