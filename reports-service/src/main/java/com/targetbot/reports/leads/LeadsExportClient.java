package com.targetbot.reports.leads;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.http.client.ClientHttpRequestFactoryBuilder;
import org.springframework.boot.http.client.HttpClientSettings;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/** Reads leads-service's {@code GET /leads/export} (NDJSON, oldest first) one line at a time. */
@Component
public class LeadsExportClient {

    private static final String EXPORT_PATH = "/leads/export";

    private final RestClient client;
    private final JsonMapper mapper;

    LeadsExportClient(RestClient.Builder builder, JsonMapper mapper, LeadsExportProperties properties) {
        // HttpURLConnection's read timeout applies to each read; the JDK HttpClient's would bound the whole
        // exchange, which a long export legitimately outlives.
        var requestFactory = ClientHttpRequestFactoryBuilder.simple()
                .build(HttpClientSettings.defaults()
                        .withTimeouts(properties.connectTimeout(), properties.readTimeout()));
        this.client = builder.baseUrl(properties.url().toString())
                .requestFactory(requestFactory)
                .build();
        this.mapper = mapper;
    }

    /**
     * Streams the leads created in {@code [from, to)} to {@code consumer}, either bound absent for no limit on
     * that side; only the line being parsed is held in memory.
     *
     * @return the number of leads read
     * @throws LeadsUnavailableException when the export cannot be read completely for a reason that may pass
     * @throws LeadsExportException when the export cannot be read completely and reading it again would not help
     * @throws UncheckedIOException when {@code consumer} fails with an {@link IOException}
     */
    public long forEach(@Nullable Instant from, @Nullable Instant to, LeadConsumer consumer) {
        try {
            Long count = client.get()
                    .uri(uri -> uri.path(EXPORT_PATH)
                            .queryParamIfPresent("from", Optional.ofNullable(from))
                            .queryParamIfPresent("to", Optional.ofNullable(to))
                            .build())
                    .accept(MediaType.APPLICATION_NDJSON)
                    .exchange((request, response) -> {
                        HttpStatusCode status = response.getStatusCode();
                        if (!status.is2xxSuccessful()) {
                            String reason = "leads-service answered " + status + " to GET " + EXPORT_PATH;
                            throw mayPass(status)
                                    ? new LeadsUnavailableException(reason)
                                    : new LeadsExportException(reason);
                        }
                        // Closing the body first stops the transfer; the response would otherwise drain the rest.
                        try (InputStream body = response.getBody()) {
                            return read(body, consumer);
                        }
                    });
            return count == null ? 0 : count;
        } catch (ResourceAccessException e) {
            // Refused, timed out or broken off (a chunked stream that ends before its last chunk).
            throw new LeadsUnavailableException("leads export failed: " + e.getMessage(), e);
        } catch (RestClientException e) {
            throw new LeadsExportException("leads export failed: " + e.getMessage(), e);
        }
    }

    private static boolean mayPass(HttpStatusCode status) {
        return status.is5xxServerError()
                || status.isSameCodeAs(HttpStatus.REQUEST_TIMEOUT)
                || status.isSameCodeAs(HttpStatus.TOO_MANY_REQUESTS);
    }

    private long read(InputStream body, LeadConsumer consumer) throws IOException {
        var lines = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8));
        long count = 0;
        long lineNumber = 0;
        String line;
        while ((line = lines.readLine()) != null) {
            lineNumber++;
            if (line.isBlank()) {
                continue;
            }
            ExportedLead lead = parse(line, lineNumber);
            try {
                consumer.accept(lead);
            } catch (IOException e) {
                // Not the export's fault: keep it apart from the I/O errors of reading leads-service.
                throw new UncheckedIOException(e);
            }
            count++;
        }
        return count;
    }

    private ExportedLead parse(String line, long lineNumber) {
        ExportedLead lead;
        try {
            lead = mapper.readValue(line, ExportedLead.class);
        } catch (JacksonException e) {
            throw new LeadsExportException(
                    "line " + lineNumber + " of the leads export is not a lead: " + e.getOriginalMessage(), e);
        }
        if (lead == null || lead.id() == null || lead.id().isBlank()) {
            throw new LeadsExportException("line " + lineNumber + " of the leads export has no id");
        }
        return lead;
    }
}
