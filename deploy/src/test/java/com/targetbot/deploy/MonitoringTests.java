package com.targetbot.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Prometheus finds every service's metrics, and the Grafana dashboard asks for metrics the services publish. */
class MonitoringTests {

    @Test
    void theServiceMonitorScrapesThePrometheusEndpointOfEveryService() {
        Map<String, Object> monitor = Kubernetes.get("ServiceMonitor", "targetbot");
        Map<String, Object> selector = Yamls.mapAt(monitor, "spec.selector.matchLabels");
        Map<String, Object> endpoint =
                Yamls.map(Yamls.listAt(monitor, "spec.endpoints").getFirst());

        assertThat(endpoint.get("path")).isEqualTo("/actuator/prometheus");
        for (String service : ServiceModule.SERVICES) {
            Map<String, Object> serviceObject = Kubernetes.get("Service", service);
            assertThat(Yamls.mapAt(serviceObject, "metadata.labels")).containsAllEntriesOf(selector);
            assertThat(Yamls.listAt(serviceObject, "spec.ports"))
                    .map(port -> Yamls.at(port, "name"))
                    .contains(endpoint.get("port"));
            assertThat(ServiceModule.read(service).properties()).contains("management.endpoints.web.exposure.include");
        }
    }

    @Test
    void theDashboardConfigMapHoldsPanelsOnRequestsLatencyConsumerLagAndDeadLetters() {
        Map<String, Object> kustomization = Repository.yamlDocuments(Kubernetes.BASE.resolve("kustomization.yaml"))
                .getFirst();
        Map<String, Object> generator =
                Yamls.map(Yamls.listAt(kustomization, "configMapGenerator").getFirst());
        assertThat(Yamls.mapAt(generator, "options.labels")).containsEntry("grafana_dashboard", "1");
        JsonNode dashboard = JsonMapper.builder()
                .build()
                .readTree(Repository.read(Kubernetes.BASE.resolve(
                        String.valueOf(Yamls.listAt(generator, "files").getFirst()))));

        List<String> expressions = dashboard
                .get("panels")
                .valueStream()
                .flatMap(panel -> panel.get("targets").valueStream())
                .map(target -> target.get("expr").asString())
                .toList();
        assertThat(expressions)
                .anySatisfy(expr -> assertThat(expr).contains("rate(http_server_requests_seconds_count"))
                .anySatisfy(expr -> assertThat(expr).contains("http_server_requests_seconds_sum"))
                .anySatisfy(expr -> assertThat(expr).contains("kafka_consumer_fetch_manager_records_lag_max"))
                .anySatisfy(expr -> assertThat(expr)
                        .contains("kafka_producer_topic_record_send_total")
                        .contains(".dlt"));
        assertThat(expressions).allSatisfy(expr -> assertThat(expr).contains("namespace=\"$namespace\""));
    }
}
