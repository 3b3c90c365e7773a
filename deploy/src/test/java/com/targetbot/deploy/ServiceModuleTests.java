package com.targetbot.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The readers the other tests rely on find what the modules really say. */
class ServiceModuleTests {

    @Test
    void portsAreTheServerPortDefaultsOfTheModules() {
        assertThat(ServiceModule.SERVICES)
                .map(name -> ServiceModule.read(name).port())
                .containsExactly(8080, 8081, 8082, 8083, 8084);
        assertThat(ServiceModule.read("sandbox").port()).isEqualTo(8089);
    }

    @Test
    void callsBetweenServicesAreTheOnesTheirUrlDefaultsName() {
        assertThat(Calls.fromCode())
                .isEqualTo(Map.of(
                        "gateway-service",
                        Set.of("leads-service", "telegram-service", "meta-service", "reports-service"),
                        "telegram-service",
                        Set.of("leads-service", "reports-service", "meta-service"),
                        "reports-service",
                        Set.of("leads-service"),
                        "leads-service",
                        Set.of(),
                        "meta-service",
                        Set.of()));
    }

    @Test
    void configurationPropertiesRecordsGiveTheirKeysInKebabCase() {
        String source = """
                @Validated
                @ConfigurationProperties("targetbot.example")
                record ExampleProperties(
                        @DefaultValue("http://127.0.0.1:8082") @NotNull URI leadsUrl,
                        @Pattern(regexp = "[a-z]{1,3}") String code,
                        @DefaultValue List<Long> admins) {}
                """;

        assertThat(ServiceModule.configurationProperties(source))
                .containsExactlyInAnyOrder(
                        "targetbot.example.leads-url", "targetbot.example.code", "targetbot.example.admins");
    }

    @Test
    void environmentVariablesBindOnlyToKeysTheServiceHas() {
        ServiceModule reports = ServiceModule.read("reports-service");

        assertThat(reports.binds("TARGETBOT_SERVICES_LEADS_URL")).isTrue();
        assertThat(reports.binds("TARGETBOT_SERVICES_LEADS_READTIMEOUT")).isTrue();
        assertThat(reports.binds("TARGETBOT_AGENCY_ZONE"))
                .as("service-kit's key")
                .isTrue();
        assertThat(reports.binds("SPRING_KAFKA_BOOTSTRAPSERVERS")).isTrue();
        assertThat(reports.binds("TARGETBOT_KAFKA_RETRY_ATTEMPTS")).isTrue();
        assertThat(reports.binds("TARGETBOT_SERVICES_LEADSURL")).isFalse();
        assertThat(reports.binds("TARGETBOT_REPORTS_LEADSURL"))
                .as("the old name")
                .isFalse();
        assertThat(reports.binds("TARGETBOT_SERVICES_TELEGRAM_URL")).isFalse();
        assertThat(ServiceModule.read("meta-service").binds("META_APP_SECRET")).isTrue();
    }
}
