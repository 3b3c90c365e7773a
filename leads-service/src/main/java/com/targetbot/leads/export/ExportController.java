package com.targetbot.leads.export;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

@RestController
class ExportController {

    private final LeadExporter exporter;

    ExportController(LeadExporter exporter) {
        this.exporter = exporter;
    }

    @GetMapping(path = "/leads/export", produces = MediaType.APPLICATION_NDJSON_VALUE)
    ResponseEntity<StreamingResponseBody> export() {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_NDJSON).body(exporter::writeAll);
    }
}
