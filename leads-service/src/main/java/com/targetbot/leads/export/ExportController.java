package com.targetbot.leads.export;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

@RestController
class ExportController {

    private final LeadExporter exporter;

    ExportController(LeadExporter exporter) {
        this.exporter = exporter;
    }

    /** Every lead, or those created in {@code [from, to)} (ISO-8601 instants, either optional), oldest first. */
    @GetMapping(path = "/leads/export", produces = MediaType.APPLICATION_NDJSON_VALUE)
    ResponseEntity<StreamingResponseBody> export(
            @RequestParam(required = false) @Nullable Instant from,
            @RequestParam(required = false) @Nullable Instant to) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_NDJSON).body(out -> exporter.write(from, to, out));
    }
}
