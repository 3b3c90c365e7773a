package com.targetbot.meta.connections;

import com.targetbot.kit.web.FieldError;
import com.targetbot.kit.web.FieldErrorCode;
import com.targetbot.kit.web.InvalidRequestException;
import com.targetbot.kit.web.NotFoundException;
import com.targetbot.meta.graph.GraphAccessToken;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * The connections, for admins through the gateway: list (never a token), remove, paste a Business Manager
 * system-user token. {@code POST /meta/oauth/exchange} is the gateway's own call that finishes a login; the gateway
 * does not route it.
 */
@RestController
class ConnectionController {

    /** Who asks, as the gateway tells every service. */
    static final String REQUESTER = "X-TargetBot-Principal";

    private static final Logger log = LoggerFactory.getLogger(ConnectionController.class);

    private final StoredConnections connections;
    private final TokenVetting vetting;
    private final MetaLogin login;

    ConnectionController(StoredConnections connections, TokenVetting vetting, MetaLogin login) {
        this.connections = connections;
        this.vetting = vetting;
        this.login = login;
    }

    @GetMapping("/meta/connections")
    List<ConnectionView> list() {
        return connections.all();
    }

    @DeleteMapping("/meta/connections/{id}")
    ResponseEntity<Void> remove(
            @PathVariable String id, @RequestHeader(name = REQUESTER, required = false) @Nullable String requester) {
        if (!connections.remove(id)) {
            throw new NotFoundException("No Meta connection " + id);
        }
        log.info("Meta connection {} removed by {}", id, requester);
        return ResponseEntity.noContent().build();
    }

    /** {@code {"token": "..."}}: vetted with Meta, then stored encrypted. */
    @PostMapping("/meta/connections")
    ResponseEntity<ConnectionView> paste(
            @RequestBody @Nullable PastedToken body,
            @RequestHeader(name = REQUESTER, required = false) @Nullable String requester) {
        String token = body == null ? null : body.token();
        if (token == null || token.isBlank()) {
            throw new InvalidRequestException(
                    List.of(new FieldError("token", FieldErrorCode.REQUIRED, "the system user's access token")));
        }
        GraphAccessToken pasted = new GraphAccessToken(token.strip());
        VettedToken vetted = vetting.vet(pasted);
        ConnectionView connection =
                connections.connect(vetted.connectionId(), vetted, pasted, createdBy(requester), Instant.now());
        log.info("Meta connection {} ({}) pasted by {}", connection.id(), connection.name(), connection.createdBy());
        return ResponseEntity.created(URI.create("/meta/connections/" + connection.id()))
                .body(connection);
    }

    /** {@code {"code","redirectUri"}} from the login dialog's callback. */
    @PostMapping("/meta/oauth/exchange")
    ResponseEntity<ConnectionView> exchange(
            @RequestBody @Nullable LoginCode body,
            @RequestHeader(name = REQUESTER, required = false) @Nullable String requester) {
        List<FieldError> errors = new ArrayList<>();
        if (body == null || body.code() == null || body.code().isBlank()) {
            errors.add(new FieldError("code", FieldErrorCode.REQUIRED, "the login dialog's code"));
        }
        if (body == null || body.redirectUri() == null || body.redirectUri().isBlank()) {
            errors.add(new FieldError("redirectUri", FieldErrorCode.REQUIRED, "the dialog's redirect_uri"));
        }
        InvalidRequestException.throwIfAny(errors);
        ConnectionView connection = login.finish(body.code(), body.redirectUri(), createdBy(requester));
        return ResponseEntity.created(URI.create("/meta/connections/" + connection.id()))
                .body(connection);
    }

    private static String createdBy(@Nullable String requester) {
        return requester == null || requester.isBlank() ? "unknown" : requester;
    }

    /** A pasted token; never printed. */
    record PastedToken(@Nullable String token) {

        @Override
        public String toString() {
            return "PastedToken[redacted]";
        }
    }

    /** A login code; single use and short-lived, still never printed. */
    record LoginCode(@Nullable String code, @Nullable String redirectUri) {

        @Override
        public String toString() {
            return "LoginCode[redirectUri=" + redirectUri + "]";
        }
    }
}
