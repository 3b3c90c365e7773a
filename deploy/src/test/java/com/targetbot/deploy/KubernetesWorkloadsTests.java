package com.targetbot.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/** Each service's workload in k8s/base agrees with the module: ports, probes, settings, privileges, scaling. */
class KubernetesWorkloadsTests {

    static final List<String> SERVICES = ServiceModule.SERVICES;

    private static final Pattern ENV_NAME = Pattern.compile("(?m)^([A-Z][A-Z0-9_]*)=");

    @ParameterizedTest
    @FieldSource("SERVICES")
    void everyServiceHasItsWholeSetOfObjects(String service) {
        Set<String> kinds = Kubernetes.base().stream()
                .filter(manifest -> manifest.name().equals(service))
                .map(Kubernetes.Manifest::kind)
                .collect(Collectors.toSet());

        assertThat(kinds)
                .containsExactlyInAnyOrder(
                        "ConfigMap",
                        "Deployment",
                        "Service",
                        "HorizontalPodAutoscaler",
                        "PodDisruptionBudget",
                        "NetworkPolicy");
    }

    @ParameterizedTest
    @FieldSource("SERVICES")
    void containerAndServiceListenOnTheServerPortOfApplicationYml(String service) {
        int port = ServiceModule.read(service).port();

        assertThat(portNamed(service, "http")).isEqualTo(port);
        Map<String, Object> servicePort = Yamls.map(
                Yamls.listAt(Kubernetes.get("Service", service), "spec.ports").getFirst());
        assertThat(servicePort.get("port")).isEqualTo(port);
        assertThat(resolvePort(service, servicePort.get("targetPort"))).isEqualTo(port);
        assertThat(Kubernetes.environment(service))
                .as("a SERVER_PORT would move the service away from its probes and Service")
                .doesNotContainKey("SERVER_PORT");
    }

    @ParameterizedTest
    @FieldSource("SERVICES")
    void probesAskTheActuatorHealthGroupsOnTheServerPort(String service) {
        Map<String, Object> container = Kubernetes.container(service);
        int port = ServiceModule.read(service).port();

        assertThat(Yamls.string(container, "startupProbe.httpGet.path")).isEqualTo("/actuator/health/liveness");
        assertThat(Yamls.string(container, "livenessProbe.httpGet.path")).isEqualTo("/actuator/health/liveness");
        assertThat(Yamls.string(container, "readinessProbe.httpGet.path")).isEqualTo("/actuator/health/readiness");
        for (String probe : List.of("startupProbe", "livenessProbe", "readinessProbe")) {
            assertThat(resolvePort(service, Yamls.at(container, probe + ".httpGet.port")))
                    .as(probe)
                    .isEqualTo(port);
        }
        assertThat(Kubernetes.environment(service))
                .as("the probes' groups exist only while the module enables them")
                .doesNotContainKey("MANAGEMENT_ENDPOINT_HEALTH_PROBES_ENABLED");
        assertThat(ServiceModule.read(service).properties()).contains("management.endpoint.health.probes.enabled");
    }

    @ParameterizedTest
    @FieldSource("SERVICES")
    void everyEnvironmentVariableBindsToAKeyTheServiceHas(String service) {
        ServiceModule module = ServiceModule.read(service);

        assertThat(Kubernetes.environment(service).keySet())
                .allSatisfy(variable -> assertThat(module.binds(variable))
                        .as(
                                "%s of %s binds to no key of its application.yml or @ConfigurationProperties",
                                variable, service)
                        .isTrue());
    }

    @ParameterizedTest
    @FieldSource("SERVICES")
    void secretsComeFromTheSecretWhoseKeysEnvExampleNames(String service) {
        Set<String> documented = ENV_NAME.matcher(Repository.read(Repository.path(".env.example")))
                .results()
                .map(match -> match.group(1))
                .collect(Collectors.toSet());

        assertThat(Kubernetes.environment(service).values())
                .filteredOn(value -> value.startsWith("secret:"))
                .allSatisfy(value -> {
                    assertThat(value).startsWith("secret:targetbot-secrets/");
                    assertThat(documented).contains(value.substring("secret:targetbot-secrets/".length()));
                });
    }

    @ParameterizedTest
    @FieldSource("SERVICES")
    void podsRunAsNonRootOnAReadOnlyFilesystemWithoutCapabilities(String service) {
        Map<String, Object> pod = Yamls.mapAt(Kubernetes.get("Deployment", service), "spec.template.spec");
        Map<String, Object> container = Kubernetes.container(service);

        assertThat(Yamls.at(pod, "securityContext.runAsNonRoot")).isEqualTo(true);
        assertThat((Integer) Yamls.at(pod, "securityContext.runAsUser")).isPositive();
        assertThat(Yamls.at(pod, "securityContext.seccompProfile.type")).isEqualTo("RuntimeDefault");
        assertThat(Yamls.at(container, "securityContext.readOnlyRootFilesystem"))
                .isEqualTo(true);
        assertThat(Yamls.at(container, "securityContext.allowPrivilegeEscalation"))
                .isEqualTo(false);
        assertThat(Yamls.listAt(container, "securityContext.capabilities.drop")).containsExactly("ALL");
    }

    @ParameterizedTest
    @FieldSource("SERVICES")
    void containersDeclareRequestsAndLimits(String service) {
        Map<String, Object> resources = Yamls.mapAt(Kubernetes.container(service), "resources");

        assertThat(Yamls.mapAt(resources, "requests")).containsKeys("cpu", "memory");
        assertThat(Yamls.mapAt(resources, "limits")).containsKeys("cpu", "memory");
    }

    @ParameterizedTest
    @FieldSource("SERVICES")
    void selectorsOfDeploymentServiceDisruptionBudgetAndSpreadMatchThePods(String service) {
        Map<String, Object> deployment = Kubernetes.get("Deployment", service);
        Map<String, Object> podLabels = Yamls.mapAt(deployment, "spec.template.metadata.labels");

        assertThat(podLabels).containsAllEntriesOf(Yamls.mapAt(deployment, "spec.selector.matchLabels"));
        assertThat(podLabels).containsAllEntriesOf(Yamls.mapAt(Kubernetes.get("Service", service), "spec.selector"));
        assertThat(podLabels)
                .containsAllEntriesOf(
                        Yamls.mapAt(Kubernetes.get("PodDisruptionBudget", service), "spec.selector.matchLabels"));
        List<Object> spread = Yamls.listAt(deployment, "spec.template.spec.topologySpreadConstraints");
        assertThat(spread)
                .map(constraint -> Yamls.string(constraint, "topologyKey"))
                .containsExactlyInAnyOrder("topology.kubernetes.io/zone", "kubernetes.io/hostname");
        assertThat(spread)
                .allSatisfy(constraint -> assertThat(podLabels)
                        .containsAllEntriesOf(Yamls.mapAt(constraint, "labelSelector.matchLabels")));
    }

    @ParameterizedTest
    @FieldSource("SERVICES")
    void autoscalerScalesTheDeploymentOnCpuAboveWhatTheDisruptionBudgetKeeps(String service) {
        Map<String, Object> autoscaler = Kubernetes.get("HorizontalPodAutoscaler", service);
        Map<String, Object> budget = Kubernetes.get("PodDisruptionBudget", service);

        assertThat(Yamls.string(autoscaler, "apiVersion")).isEqualTo("autoscaling/v2");
        assertThat(Yamls.mapAt(autoscaler, "spec.scaleTargetRef"))
                .containsEntry("kind", "Deployment")
                .containsEntry("name", service);
        assertThat(Yamls.listAt(autoscaler, "spec.metrics"))
                .anySatisfy(metric ->
                        assertThat(Yamls.string(metric, "resource.name")).isEqualTo("cpu"));
        assertThat((Integer) Yamls.at(autoscaler, "spec.minReplicas"))
                .as("a drain must leave a pod running")
                .isGreaterThan((Integer) Yamls.at(budget, "spec.minAvailable"));
    }

    private static int portNamed(String deployment, String name) {
        return Yamls.listAt(Kubernetes.container(deployment), "ports").stream()
                .filter(port -> name.equals(Yamls.at(port, "name")))
                .map(port -> (Integer) Yamls.at(port, "containerPort"))
                .findFirst()
                .orElseThrow(() -> new AssertionError(deployment + " has no port named " + name));
    }

    private static int resolvePort(String deployment, Object port) {
        return port instanceof Integer number ? number : portNamed(deployment, String.valueOf(port));
    }
}
