package com.targetbot.gateway.reports;

import com.targetbot.events.reports.GenerateReport;
import com.targetbot.events.reports.ReportFormat;
import com.targetbot.gateway.web.Accepted;
import com.targetbot.gateway.web.CommandPublisher;
import com.targetbot.gateway.web.IdGenerator;
import com.targetbot.gateway.web.JsonBodies;
import com.targetbot.gateway.web.Requester;
import com.targetbot.kit.web.FieldError;
import com.targetbot.kit.web.FieldErrorCode;
import com.targetbot.kit.web.InvalidRequestException;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;

/**
 * {@code POST /api/reports} {@code {"format"?, "period"?}}: a report request becomes a {@code GenerateReport}
 * command.
 */
@RestController
class ReportRequestController {

    private static final DataSize BODY_LIMIT = DataSize.ofKilobytes(4);
    // The periods reports-service resolves (calendar days in the agency's zone), as the bot's buttons send them.

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
                .map(ReportRequestController::parse)
                .flatMap(request -> {
                    String reportId = ids.newId();
                    return publisher
                            .publish(new GenerateReport(
                                    reportId,
                                    request.format(),
                                    requester.requesterId(),
                                    Instant.now(),
                                    null,
                                    request.period()))
                            .thenReturn(ResponseEntity.accepted()
                                    .location(URI.create("/api/reports/" + reportId))
                                    .body(Accepted.of(reportId)));
                });
    }

    /** The request's fields, every wrong one named at once. */
    private static ReportRequest parse(JsonNode body) {
        List<FieldError> errors = new ArrayList<>();
        ReportFormat format = format(body, errors);
        String period = period(body, errors);
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
        return new ReportRequest(format, period);
    }

    /** The requested format; CSV when none is named. */
    private static ReportFormat format(JsonNode body, List<FieldError> errors) {
        JsonNode format = body.path("format");
        if (format.isMissingNode() || format.isNull()) {
            return ReportFormat.CSV;
        }
        String requested = format.isString() ? format.stringValue().toUpperCase(Locale.ROOT) : "";
        return Arrays.stream(ReportFormat.values())
                .filter(candidate -> candidate.name().equals(requested))
                .findFirst()
                .orElseGet(() -> {
                    errors.add(new FieldError(
                            "format",
                            FieldErrorCode.NOT_ALLOWED,
                            "must be one of "
                                    + Arrays.stream(ReportFormat.values())
                                            .map(value -> value.name().toLowerCase(Locale.ROOT))
                                            .toList()));
                    return ReportFormat.CSV;
                });
    }

    /** The leads the report covers, as {@code GenerateReport#period} names them; every lead when none is named. */
    private static @Nullable String period(JsonNode body, List<FieldError> errors) {
        JsonNode period = body.path("period");
        if (period.isMissingNode() || period.isNull()) {
            return null;
        }
        if (period.isString() && GenerateReport.PERIODS.contains(period.stringValue())) {
            return period.stringValue();
        }
        errors.add(new FieldError("period", FieldErrorCode.NOT_ALLOWED, "must be one of " + GenerateReport.PERIODS));
        return null;
    }

    private record ReportRequest(
            ReportFormat format, @Nullable String period) {}
}
