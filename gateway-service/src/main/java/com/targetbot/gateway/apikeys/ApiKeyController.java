package com.targetbot.gateway.apikeys;

import com.targetbot.gateway.web.JsonBodies;
import com.targetbot.kit.web.FieldError;
import com.targetbot.kit.web.FieldErrorCode;
import com.targetbot.kit.web.InvalidRequestException;
import java.net.URI;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.util.unit.DataSize;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;

/** Admins issue, list and revoke API keys. A new key is shown once, in the answer that creates it. */
@RestController
@RequestMapping("/api/keys")
class ApiKeyController {

    private static final DataSize BODY_LIMIT = DataSize.ofKilobytes(4);
    private static final int MAX_LABEL_LENGTH = 100;
    private static final int MAX_USAGE_PAGE = 100;
    private static final Pattern STREAM_ID = Pattern.compile("\\d{1,20}-\\d{1,20}");

    private final JsonBodies bodies;
    private final ApiKeyRepository keys;
    private final ApiKeyUsageLog usageLog;
    private final SecureRandom random = new SecureRandom();

    ApiKeyController(JsonBodies bodies, ApiKeyRepository keys, ApiKeyUsageLog usageLog) {
        this.bodies = bodies;
        this.keys = keys;
        this.usageLog = usageLog;
    }

    @PostMapping
    Mono<ResponseEntity<IssuedKey>> issue(ServerWebExchange exchange) {
        return bodies.readObject(exchange, BODY_LIMIT)
                .map(ApiKeyController::request)
                .flatMap(request -> {
                    String key = ApiKeys.generate(random);
                    String prefix = ApiKeys.prefixOf(key).orElseThrow();
                    var record = new ApiKeyRecord(
                            ApiKeys.hash(key),
                            prefix,
                            request.label(),
                            request.scopes(),
                            Instant.now(),
                            request.expiresAt(),
                            null,
                            0,
                            false);
                    return keys.createIfAbsent(record)
                            .filter(Boolean::booleanValue)
                            .switchIfEmpty(
                                    Mono.error(() -> new IllegalStateException("Generated API key prefix is taken")))
                            .thenReturn(ResponseEntity.created(URI.create("/api/keys/" + prefix))
                                    .body(new IssuedKey(key, KeyView.of(record))));
                });
    }

    @GetMapping
    Mono<KeyList> list() {
        return keys.findAll()
                .map(KeyView::of)
                .sort(Comparator.comparing(KeyView::createdAt).reversed())
                .collectList()
                .map(KeyList::new);
    }

    /** The key's recent uses, newest first, {@code limit} (at most 100) a page. */
    @GetMapping("/{prefix}/usage")
    Mono<ApiKeyUsageLog.UsagePage> usage(
            @PathVariable String prefix,
            @RequestParam(required = false) @Nullable String cursor,
            @RequestParam(defaultValue = "50") int limit) {
        if (limit < 1 || limit > MAX_USAGE_PAGE) {
            throw new InvalidRequestException(List.of(
                    new FieldError("limit", FieldErrorCode.OUT_OF_RANGE, "must be between 1 and " + MAX_USAGE_PAGE)));
        }
        if (cursor != null && !STREAM_ID.matcher(cursor).matches()) {
            throw new InvalidRequestException(List.of(
                    new FieldError("cursor", FieldErrorCode.INVALID_FORMAT, "is not a cursor from a previous page")));
        }
        return keys.findByPrefix(prefix)
                .switchIfEmpty(Mono.error(() -> notFound(prefix)))
                .then(usageLog.page(prefix, cursor, limit));
    }

    @DeleteMapping("/{prefix}")
    Mono<ResponseEntity<Void>> revoke(@PathVariable String prefix) {
        return keys.findByPrefix(prefix)
                .switchIfEmpty(Mono.error(() -> notFound(prefix)))
                .flatMap(key -> keys.revoke(key.hash()))
                .thenReturn(ResponseEntity.noContent().build());
    }

    private static NewKey request(JsonNode body) {
        List<FieldError> errors = new ArrayList<>();
        JsonNode label = body.path("label");
        if (!label.isString()
                || label.stringValue().isBlank()
                || label.stringValue().strip().length() > MAX_LABEL_LENGTH) {
            errors.add(new FieldError(
                    "label", FieldErrorCode.REQUIRED, "is required, at most " + MAX_LABEL_LENGTH + " characters"));
        }
        Set<Scope> scopes = EnumSet.noneOf(Scope.class);
        JsonNode requested = body.path("scopes");
        if (!requested.isArray() || requested.isEmpty()) {
            errors.add(new FieldError("scopes", FieldErrorCode.REQUIRED, "must list at least one scope"));
        } else {
            for (JsonNode scope : requested) {
                Scope.fromValue(scope.isString() ? scope.stringValue() : "")
                        .ifPresentOrElse(
                                scopes::add,
                                () -> errors.add(new FieldError(
                                        "scopes",
                                        FieldErrorCode.NOT_ALLOWED,
                                        "unknown scope " + scope + "; known: " + knownScopes())));
            }
        }
        Instant expiresAt = null;
        JsonNode expiry = body.path("expiresAt");
        if (!expiry.isMissingNode() && !expiry.isNull()) {
            try {
                expiresAt = Instant.parse(expiry.isString() ? expiry.stringValue() : "");
                if (!expiresAt.isAfter(Instant.now())) {
                    errors.add(new FieldError("expiresAt", FieldErrorCode.OUT_OF_RANGE, "must be in the future"));
                }
            } catch (DateTimeParseException e) {
                errors.add(new FieldError(
                        "expiresAt",
                        FieldErrorCode.INVALID_FORMAT,
                        "must be an ISO-8601 instant such as 2027-01-31T00:00:00Z"));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
        return new NewKey(label.stringValue().strip(), scopes, expiresAt);
    }

    private static ErrorResponseException notFound(String prefix) {
        var error = new ErrorResponseException(HttpStatus.NOT_FOUND);
        error.setDetail("No API key with prefix " + prefix);
        return error;
    }

    private static List<String> knownScopes() {
        return EnumSet.allOf(Scope.class).stream().map(Scope::value).toList();
    }

    private record NewKey(
            String label, Set<Scope> scopes, @Nullable Instant expiresAt) {}

    record KeyView(
            String prefix,
            String label,
            List<String> scopes,
            Instant createdAt,
            @Nullable Instant expiresAt,
            @Nullable Instant lastUsedAt,
            long useCount,
            boolean revoked) {

        static KeyView of(ApiKeyRecord key) {
            return new KeyView(
                    key.prefix(),
                    key.label(),
                    key.scopes().stream().map(Scope::value).toList(),
                    key.createdAt(),
                    key.expiresAt(),
                    key.lastUsedAt(),
                    key.useCount(),
                    key.revoked());
        }
    }

    record IssuedKey(String key, KeyView details) {}

    record KeyList(List<KeyView> items) {}
}
