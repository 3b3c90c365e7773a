package com.targetbot.reports.leads;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.targetbot.reports.LeadsServiceStub;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.json.JsonMapper;

class LeadsExportClientTests {

    private final LeadsServiceStub leadsService = LeadsServiceStub.start();
    private final LeadsExportClient client = new LeadsExportClient(
            RestClient.builder(),
            JsonMapper.builder().build(),
            new LeadsExportProperties(
                    URI.create(leadsService.baseUrl()), Duration.ofSeconds(2), Duration.ofSeconds(5)));

    @AfterEach
    void stop() {
        leadsService.close();
    }

    @Test
    void everyLineBecomesALeadInExportOrder() {
        Instant created = Instant.parse("2026-11-25T10:00:00Z");
        leadsService.serve(List.of(
                LeadsServiceStub.lead("a", "Анна", "+7900", "a@example.com", "", "api", "new", created),
                "",
                "{\"id\":\"b\",\"name\":\"Борис\",\"futureField\":{\"x\":1}}"));
        List<ExportedLead> leads = new ArrayList<>();

        long count = client.forEach(leads::add);

        assertThat(count).isEqualTo(2);
        assertThat(leads).extracting(ExportedLead::id).containsExactly("a", "b");
        assertThat(leads.get(0).name()).isEqualTo("Анна");
        assertThat(leads.get(0).createdAt()).isEqualTo(created);
        assertThat(leads.get(1).status()).isNull();
    }

    @Test
    void errorStatusFailsTheExportWithTheStatus() {
        leadsService.failWith(503);

        assertThatThrownBy(() -> client.forEach(lead -> {}))
                .isInstanceOf(LeadsExportException.class)
                .hasMessageContaining("503");
    }

    @Test
    void lineThatIsNotALeadFailsTheExportNamingTheLine() {
        leadsService.serve(List.of("{\"id\":\"a\"}", "{not json"));

        assertThatThrownBy(() -> client.forEach(lead -> {}))
                .isInstanceOf(LeadsExportException.class)
                .hasMessageContaining("line 2");
    }

    @Test
    void leadWithoutIdFailsTheExport() {
        leadsService.serve(List.of("{\"name\":\"Анна\"}"));

        assertThatThrownBy(() -> client.forEach(lead -> {}))
                .isInstanceOf(LeadsExportException.class)
                .hasMessageContaining("no id");
    }

    @Test
    void consumerFailureIsReportedAsItsOwnAndNotAsTheExports() {
        leadsService.serveGenerated(10);

        assertThatThrownBy(() -> client.forEach(lead -> {
                    throw new IOException("upload gone");
                }))
                .isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining("upload gone");
    }

    @Test
    void unreachableLeadsServiceFailsTheExport() {
        leadsService.close();

        assertThatThrownBy(() -> client.forEach(lead -> {}))
                .isInstanceOf(LeadsExportException.class)
                .hasMessageContaining("leads export failed");
    }
}
