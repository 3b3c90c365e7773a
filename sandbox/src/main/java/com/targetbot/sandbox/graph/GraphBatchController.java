package com.targetbot.sandbox.graph;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponents;
import org.springframework.web.util.UriComponentsBuilder;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Graph's batch API ({@code POST /} or {@code POST /<version>/} with a {@code batch} form parameter): each operation
 * is answered with its own status and a JSON-encoded body, in order. A server uses it to ask {@code debug_token}
 * without putting the inspected token in a URL. The sandbox plays {@code GET debug_token} inside a batch; any other
 * operation is answered with Graph's error for a call it cannot make.
 */
@RestController
class GraphBatchController {

    private static final TypeReference<List<Operation>> OPERATIONS = new TypeReference<>() {};

    private final GraphDebugTokenController debugToken;
    private final GraphErrorHandler errors;
    private final JsonMapper json;

    GraphBatchController(GraphDebugTokenController debugToken, GraphErrorHandler errors, JsonMapper json) {
        this.debugToken = debugToken;
        this.errors = errors;
        this.json = json;
    }

    @PostMapping({"/", GraphApiController.VERSION, GraphApiController.VERSION + "/"})
    List<Answer> batch(@RequestParam(required = false) @Nullable String batch, HttpServletRequest request) {
        if (batch == null || batch.isBlank()) {
            throw GraphException.oauth(100, "(#100) The parameter batch is required");
        }
        List<Operation> operations = json.readValue(batch, OPERATIONS);
        if (operations.size() > 50) {
            throw GraphException.oauth(1, "(#1) Too many requests in batch message. Maximum batch size is 50");
        }
        String appToken = GraphAuth.accessToken(request);
        List<Answer> answers = new ArrayList<>();
        for (Operation operation : operations) {
            answers.add(answer(operation, appToken));
        }
        return answers;
    }

    private Answer answer(Operation operation, @Nullable String appToken) {
        try {
            UriComponents url = UriComponentsBuilder.fromUriString(
                            operation.relativeUrl() == null ? "" : operation.relativeUrl())
                    .build();
            String path = url.getPath() == null ? "" : url.getPath().replaceFirst("^/?(v\\d+\\.\\d+/)?", "");
            if (!"GET".equalsIgnoreCase(operation.method()) || !path.equals("debug_token")) {
                throw GraphException.method(100, null, "(#100) The sandbox plays only GET debug_token inside a batch");
            }
            // A relative_url carries its query percent-encoded, as in a real URL.
            String input = url.getQueryParams().getFirst("input_token");
            return new Answer(
                    HttpStatus.OK.value(),
                    json.writeValueAsString(debugToken.inspect(
                            appToken, input == null ? null : URLDecoder.decode(input, StandardCharsets.UTF_8))));
        } catch (GraphException e) {
            return new Answer(
                    HttpStatus.BAD_REQUEST.value(),
                    json.writeValueAsString(errors.graphError(e).getBody()));
        }
    }

    /** One operation: {@code {"method":"GET","relative_url":"debug_token?input_token=..."}}. */
    record Operation(
            @Nullable String method,
            @JsonProperty("relative_url") @Nullable String relativeUrl) {}

    /** One answer: its status and its body as a JSON string, as Graph returns them without headers. */
    record Answer(int code, String body) {}
}
