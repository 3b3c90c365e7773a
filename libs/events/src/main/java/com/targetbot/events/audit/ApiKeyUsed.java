package com.targetbot.events.audit;

import java.time.Instant;
import java.util.Objects;

/**
 * One request made with an API key, as the gateway answered it.
 *
 * @param keyPrefix the key's public prefix (never the secret)
 * @param method the HTTP method
 * @param path the request path, without the query string
 * @param status the HTTP status the gateway answered
 * @param clientIp the address the request came from
 * @param at when the request arrived
 */
public record ApiKeyUsed(String keyPrefix, String method, String path, int status, String clientIp, Instant at)
        implements AuditEvent {

    public ApiKeyUsed {
        Objects.requireNonNull(keyPrefix, "keyPrefix");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(clientIp, "clientIp");
        Objects.requireNonNull(at, "at");
    }

    @Override
    public String key() {
        return keyPrefix;
    }
}
