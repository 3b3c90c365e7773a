package com.targetbot.gateway;

import static com.targetbot.gateway.Browser.assertThatProblem;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;

class MetaAndReportWritesIT extends GatewayIntegration {

    @Test
    void metaSyncWithoutASessionIsUnauthorized() {
        var anonymous = new Browser(client);

        EntityExchangeResult<byte[]> result = anonymous.post("/meta/sync", null);

        assertThat(result.getStatus()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(result.getResponseHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void adminStartsAMetaSyncThatIsPublished() {
        EntityExchangeResult<byte[]> result = signedInAdmin().post("/meta/sync", null);

        assertThat(result.getStatus()).isEqualTo(HttpStatus.ACCEPTED);
        assertThat(result.getResponseHeaders().getLocation()).hasToString("/meta/stats");
        String syncId = Browser.json(result).path("syncId").stringValue();
        assertThat(published("meta.commands", syncId))
                .singleElement()
                .satisfies(record -> assertThat(JSON.readTree(record.value())
                                .path("requestedBy")
                                .stringValue())
                        .isEqualTo("admin:admin"));
    }

    @Test
    void reportRequestIsAcceptedWithItsLocationAndPublished() {
        EntityExchangeResult<byte[]> result = requestReport(Map.of("format", "csv"))
                .expectStatus()
                .isAccepted()
                .expectBody()
                .returnResult();

        String reportId = Browser.json(result).path("id").stringValue();
        assertThat(result.getResponseHeaders().getLocation()).hasToString("/api/reports/" + reportId);
        assertThat(published("reports.commands", reportId)).singleElement().satisfies(record -> {
            JsonNode data = JSON.readTree(record.value());
            assertThat(data.path("format").stringValue()).isEqualTo("csv");
            assertThat(data.path("period").isString())
                    .as("no period: every lead")
                    .isFalse();
        });
    }

    @Test
    void reportForAPeriodCarriesThePeriodIntoTheCommand() {
        EntityExchangeResult<byte[]> result = requestReport(Map.of("format", "csv", "period", "yesterday"))
                .expectStatus()
                .isAccepted()
                .expectBody()
                .returnResult();

        String reportId = Browser.json(result).path("id").stringValue();

        assertThat(published("reports.commands", reportId))
                .singleElement()
                .satisfies(record -> assertThat(
                                JSON.readTree(record.value()).path("period").stringValue())
                        .isEqualTo("yesterday"));
    }

    @Test
    void reportInAnUnknownFormatIsABadRequest() {
        assertThatProblem(requestReport(Map.of("format", "xlsx")).expectBody().returnResult())
                .hasStatus(400)
                .hasFieldError("format", "not_allowed");
    }

    @Test
    void reportForAnUnknownPeriodIsABadRequestNamingThePeriod() {
        assertThatProblem(requestReport(Map.of("format", "csv", "period", "week"))
                        .expectBody()
                        .returnResult())
                .hasStatus(400)
                .hasFieldErrorsOn("period")
                .hasFieldError("period", "not_allowed", "must be one of [today, yesterday, 7d, 30d]");
    }

    private WebTestClient.ResponseSpec requestReport(Map<String, String> body) {
        return client.post()
                .uri("/api/reports")
                .header("X-Auth-Key", BOOTSTRAP_KEY)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body)
                .exchange();
    }
}
