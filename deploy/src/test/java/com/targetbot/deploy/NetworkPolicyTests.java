package com.targetbot.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/** Traffic between pods is allowed for exactly the calls the code makes, on the callee's port. */
class NetworkPolicyTests {

    static final List<String> SERVICES = ServiceModule.SERVICES;

    private static final String NAME = "app.kubernetes.io/name";
    private static final Pattern SERVICE_URL = Pattern.compile("https?://([a-z0-9-]+):(\\d+)");

    @Test
    void everythingIsDeniedUnlessAllowed() {
        Map<String, Object> deny = Kubernetes.get("NetworkPolicy", "default-deny");
        Map<String, Object> selected = Yamls.mapAt(deny, "spec.podSelector.matchLabels");

        assertThat(SERVICES)
                .allSatisfy(service -> assertThat(
                                Yamls.mapAt(Kubernetes.get("Deployment", service), "spec.template.metadata.labels"))
                        .as(service)
                        .containsAllEntriesOf(selected));
        assertThat(Yamls.listAt(deny, "spec.policyTypes")).containsExactlyInAnyOrder("Ingress", "Egress");
        assertThat(Yamls.at(deny, "spec.ingress")).isNull();
        assertThat(Yamls.at(deny, "spec.egress")).isNull();
    }

    @ParameterizedTest
    @FieldSource("SERVICES")
    void podsAcceptTrafficFromTheirCallersOnly(String service) {
        int port = ServiceModule.read(service).port();
        Set<String> allowedPods = new TreeSet<>();
        Set<String> allowedNamespaces = new TreeSet<>();
        for (Object rule : Yamls.listAt(policyOf(service), "spec.ingress")) {
            assertThat(Yamls.listAt(rule, "ports"))
                    .as("ingress of %s", service)
                    .map(entry -> Yamls.at(entry, "port"))
                    .containsExactly(port);
            for (Object peer : Yamls.listAt(rule, "from")) {
                Object pod = label(peer, "podSelector", NAME);
                Object namespace = label(peer, "namespaceSelector", "kubernetes.io/metadata.name");
                if (pod != null) {
                    allowedPods.add(String.valueOf(pod));
                }
                if (namespace != null) {
                    allowedNamespaces.add(String.valueOf(namespace));
                }
            }
        }

        assertThat(allowedPods).isEqualTo(Calls.callersOf(service));
        assertThat(allowedNamespaces)
                .as("Prometheus scrapes every service; only the gateway is reached from the ingress controller")
                .isEqualTo(
                        service.equals("gateway-service")
                                ? Set.of("ingress-nginx", "monitoring")
                                : Set.of("monitoring"));
    }

    @ParameterizedTest
    @FieldSource("SERVICES")
    void podsReachTheServicesTheyCallOnTheirPortsAndNoOther(String service) {
        Set<String> reached = new TreeSet<>();
        for (Object rule : Yamls.listAt(policyOf(service), "spec.egress")) {
            for (Object peer : Yamls.listAt(rule, "to")) {
                Object pod = label(peer, "podSelector", NAME);
                if (pod != null) {
                    reached.add(String.valueOf(pod));
                    assertThat(Yamls.listAt(rule, "ports"))
                            .map(entry -> Yamls.at(entry, "port"))
                            .containsExactly(
                                    ServiceModule.read(String.valueOf(pod)).port());
                }
            }
        }

        assertThat(reached).isEqualTo(Calls.fromCode().get(service));
    }

    @ParameterizedTest
    @FieldSource("SERVICES")
    void serviceUrlsInTheConfigurationAreTheCallsWithTheCalleesPorts(String service) {
        Set<String> targets = new TreeSet<>();
        Kubernetes.environment(service)
                .values()
                .forEach(value -> SERVICE_URL
                        .matcher(value)
                        .results()
                        .filter(match -> SERVICES.contains(match.group(1)))
                        .forEach(match -> {
                            assertThat(Integer.parseInt(match.group(2)))
                                    .as(value)
                                    .isEqualTo(
                                            ServiceModule.read(match.group(1)).port());
                            targets.add(match.group(1));
                        }));

        assertThat(targets).isEqualTo(Calls.fromCode().get(service));
    }

    private static @Nullable Object label(Object peer, String selector, String key) {
        Object labels = Yamls.at(peer, selector + ".matchLabels");
        return labels == null ? null : Yamls.map(labels).get(key);
    }

    private static Map<String, Object> policyOf(String service) {
        Map<String, Object> policy = Kubernetes.get("NetworkPolicy", service);
        assertThat(Yamls.mapAt(policy, "spec.podSelector.matchLabels")).containsEntry(NAME, service);
        assertThat(Yamls.listAt(policy, "spec.policyTypes")).containsExactlyInAnyOrder("Ingress", "Egress");
        return policy;
    }
}
