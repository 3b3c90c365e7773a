package com.targetbot.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/**
 * The agency's time zone is one setting: every service reads the same key, and compose, Kubernetes and the
 * launcher give every service the same value, from one place each.
 */
class AgencyZoneTests {

    static final List<String> SERVICES = ServiceModule.SERVICES;

    private static final String KEY = "targetbot.agency.zone";
    private static final String VARIABLE = "TARGETBOT_AGENCY_ZONE";

    @ParameterizedTest
    @FieldSource("SERVICES")
    void everyServiceReadsTheOneAgencyZoneKeyAndNoZoneOfItsOwn(String service) {
        ServiceModule module = ServiceModule.read(service);

        assertThat(module.properties())
                .as("a zone key other than %s would let %s follow another calendar", KEY, service)
                .filteredOn(key -> key.toLowerCase(Locale.ROOT).endsWith("zone"))
                .containsExactly(KEY);
        assertThat(module.binds(VARIABLE)).isTrue();
    }

    @Test
    void composeGivesEveryServiceTheSameZoneFromOneAnchor() {
        Map<String, Object> services = Yamls.mapAt(
                Repository.yamlDocuments(Repository.path("docker-compose.yml")).getFirst(), "services");

        Map<String, String> zones = SERVICES.stream()
                .collect(Collectors.toMap(
                        service -> service,
                        service -> String.valueOf(Yamls.mapAt(Yamls.mapAt(services, service), "environment")
                                .get(VARIABLE))));
        assertThat(zones.values()).containsOnly("${TARGETBOT_AGENCY_ZONE:-Europe/Moscow}");
        assertThat(Pattern.compile("(?m)^\\s+" + VARIABLE + ":")
                        .matcher(Repository.read(Repository.path("docker-compose.yml")))
                        .results())
                .as("set in one place, the anchor every service merges")
                .hasSize(1);
    }

    @Test
    void kubernetesGivesEveryServiceTheZoneOfTheCommonConfigMapOnly() {
        assertThat(SERVICES).allSatisfy(service -> {
            assertThat(Kubernetes.environment(service)).containsEntry(VARIABLE, "Europe/Moscow");
            assertThat(Yamls.map(Yamls.at(Kubernetes.get("ConfigMap", service), "data")))
                    .as("%s's own ConfigMap", service)
                    .doesNotContainKey(VARIABLE);
        });
        assertThat(Yamls.mapAt(Kubernetes.get("ConfigMap", "targetbot-common"), "data"))
                .containsKey(VARIABLE);
    }

    @Test
    void theLauncherPassesTheCallersZoneToEveryService() {
        String launches =
                Repository.read(Repository.path("local-stack/src/main/java/com/targetbot/stack/ServiceLaunches.java"));

        // Every TARGETBOT_* setting of the caller's environment, the zone's variable among them, reaches each service.
        assertThat(VARIABLE).startsWith("TARGETBOT_");
        assertThat(launches)
                .contains("SETTING_PREFIX = \"TARGETBOT_\";")
                .contains("if (name.startsWith(SETTING_PREFIX)) {")
                .doesNotContain("\"--" + KEY + "=\"");
    }
}
