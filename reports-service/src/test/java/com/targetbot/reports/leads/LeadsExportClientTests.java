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

        long count = client.forEach(null, null, leads::add);

        assertThat(count).isEqualTo(2);
        assertThat(leads).extracting(ExportedLead::id).containsExactly("a", "b");
        assertThat(leads.get(0).name()).isEqualTo("Анна");
        assertThat(leads.get(0).createdAt()).isEqualTo(created);
        assertThat(leads.get(1).status()).isNull();
    }

    @Test
    void rangeIsAskedForAsIsoInstantsAndOnlyTheLeadsInsideArrive() {
        Instant from = Instant.parse("2026-11-23T21:00:00Z");
        Instant to = Instant.parse("2026-11-24T21:00:00Z");
        leadsService.serve(List.of(
                LeadsServiceStub.lead("before", "А", "", "", "", "api", "new", from.minusMillis(1)),
                LeadsServiceStub.lead("first", "Б", "", "", "", "api", "new", from),
                LeadsServiceStub.lead("last", "В", "", "", "", "api", "new", to.minusMillis(1)),
                LeadsServiceStub.lead("after", "Г", "", "", "", "api", "new", to)));
        List<ExportedLead> leads = new ArrayList<>();

        long count = client.forEach(from, to, leads::add);

        assertThat(leadsService.lastQuery()).isEqualTo("from=2026-11-23T21:00:00Z&to=2026-11-24T21:00:00Z");
        assertThat(count).isEqualTo(2);
        assertThat(leads).extracting(ExportedLead::id).containsExactly("first", "last");
    }

    @Test
    void noRangeAsksForEveryLead() {
        leadsService.serve(List.of());

        client.forEach(null, null, lead -> {});

        assertThat(leadsService.lastQuery()).isNull();
    }

    @Test
    void serverErrorFailsTheExportWithTheStatusAsAFailureThatMayPass() {
        leadsService.failWith(503);

        assertThatThrownBy(() -> client.forEach(null, null, lead -> {}))
                .isInstanceOf(LeadsUnavailableException.class)
                .hasMessageContaining("503");
    }

    @Test
    void clientErrorFailsTheExportForGood() {
        leadsService.failWith(400);

        assertThatThrownBy(() -> client.forEach(null, null, lead -> {}))
                .isInstanceOf(LeadsExportException.class)
                .isNotInstanceOf(LeadsUnavailableException.class)
                .hasMessageContaining("400");
    }

    @Test
    void exportBrokenOffMidStreamIsAFailureThatMayPass() {
        leadsService.serve(List.of("{\"id\":\"a\"}", "{\"id\":\"b\"}", "{\"id\":\"c\"}"));
        leadsService.breakOffOnceAfter(2);
        List<ExportedLead> leads = new ArrayList<>();

        assertThatThrownBy(() -> client.forEach(null, null, leads::add)).isInstanceOf(LeadsUnavailableException.class);
        assertThat(leads).extracting(ExportedLead::id).containsExactly("a", "b");
        assertThat(client.forEach(null, null, lead -> {}))
                .as("only that request broke off")
                .isEqualTo(3);
    }

    @Test
    void lineThatIsNotALeadFailsTheExportNamingTheLine() {
        leadsService.serve(List.of("{\"id\":\"a\"}", "{not json"));

        assertThatThrownBy(() -> client.forEach(null, null, lead -> {}))
                .isInstanceOf(LeadsExportException.class)
                .hasMessageContaining("line 2");
    }

    @Test
    void leadWithoutIdFailsTheExport() {
        leadsService.serve(List.of("{\"name\":\"Анна\"}"));

        assertThatThrownBy(() -> client.forEach(null, null, lead -> {}))
                .isInstanceOf(LeadsExportException.class)
                .hasMessageContaining("no id");
    }

    @Test
    void consumerFailureIsReportedAsItsOwnAndNotAsTheExports() {
        leadsService.serveGenerated(10);

        assertThatThrownBy(() -> client.forEach(null, null, lead -> {
                    throw new IOException("upload gone");
                }))
                .isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining("upload gone");
    }

    @Test
    void unreachableLeadsServiceIsAFailureThatMayPass() {
        leadsService.close();

        assertThatThrownBy(() -> client.forEach(null, null, lead -> {}))
                .isInstanceOf(LeadsUnavailableException.class)
                .hasMessageContaining("leads export failed");
    }
}
