package com.targetbot.gateway.reports;

import com.targetbot.events.reports.GenerateReport;
import com.targetbot.events.reports.ReportFormat;
import com.targetbot.gateway.web.Accepted;
import com.targetbot.gateway.web.CommandPublisher;
import com.targetbot.gateway.web.FieldError;
import com.targetbot.gateway.web.IdGenerator;
import com.targetbot.gateway.web.InvalidRequestException;
import com.targetbot.gateway.web.JsonBodies;
import com.targetbot.gateway.web.Requester;
import java.net.URI;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;

/** {@code POST /api/reports}: a report request becomes a {@code GenerateReport} command. */
@RestController
class ReportRequestController {

    private static final DataSize BODY_LIMIT = DataSize.ofKilobytes(4);

    private final JsonBodies bodies;
    private final CommandPublisher publisher;
    private final IdGenerator ids;

    ReportRequestController(JsonBodies bodies, CommandPublisher publisher, IdGenerator ids) {
        this.bodies = bodies;
        this.publisher = publisher;
        this.ids = ids;
    }

    @PostMapping("/api/reports")
    Mono<ResponseEntity<Accepted>> request(@AuthenticationPrincipal Requester requester, ServerWebExchange exchange) {
        return bodies.readObject(exchange, BODY_LIMIT)
                .map(ReportRequestController::format)
                .flatMap(format -> {
                    String reportId = ids.newId();
                    return publisher
                            .publish(new GenerateReport(reportId, format, requester.requesterId(), Instant.now()))
                            .thenReturn(ResponseEntity.accepted()
                                    .location(URI.create("/api/reports/" + reportId))
                                    .body(Accepted.of(reportId)));
                });
    }

    /** The requested format; CSV when none is named. */
    private static ReportFormat format(JsonNode body) {
        JsonNode format = body.path("format");
        if (format.isMissingNode() || format.isNull()) {
            return ReportFormat.CSV;
        }
        String requested = format.isString() ? format.stringValue().toUpperCase(Locale.ROOT) : "";
        return Arrays.stream(ReportFormat.values())
                .filter(candidate -> candidate.name().equals(requested))
                .findFirst()
                .orElseThrow(() -> new InvalidRequestException(List.of(new FieldError(
                        "format",
                        "must be one of "
                                + Arrays.stream(ReportFormat.values())
                                        .map(value -> value.name().toLowerCase(Locale.ROOT))
                                        .toList()))));
    }
}
