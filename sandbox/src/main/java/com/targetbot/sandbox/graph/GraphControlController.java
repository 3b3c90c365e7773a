package com.targetbot.sandbox.graph;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The test's side of Meta: age or revoke the user's token, or start over with a fresh one. */
@RestController
@RequestMapping("/sandbox/graph")
class GraphControlController {

    private final GraphToken token;

    GraphControlController(GraphToken token) {
        this.token = token;
    }

    /** {@code {"expiresAt": "2026-12-01T00:00:00Z" | null (never), "valid": false}}; answers the token's state. */
    @PostMapping("/token")
    TokenState setToken(@RequestBody TokenState request) {
        return TokenState.of(token.set(request.expiresAt(), request.valid()));
    }

    /** Back to a freshly issued token: valid, expiring in about 60 days. */
    @PostMapping("/reset")
    TokenState reset() {
        return TokenState.of(token.renew());
    }

    record TokenState(@Nullable Instant expiresAt, boolean valid) {

        static TokenState of(GraphToken.State state) {
            return new TokenState(state.expiresAt(), state.valid());
        }
    }
}
