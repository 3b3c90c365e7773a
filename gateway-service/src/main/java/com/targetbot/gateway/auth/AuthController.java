package com.targetbot.gateway.auth;

import com.targetbot.gateway.web.JsonBodies;
import com.targetbot.kit.agency.AgencyCalendar;
import com.targetbot.kit.web.FieldError;
import com.targetbot.kit.web.FieldErrorCode;
import com.targetbot.kit.web.InvalidRequestException;
import io.swagger.v3.oas.annotations.media.Schema;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.web.server.csrf.CsrfToken;
import org.springframework.security.web.server.csrf.ServerCsrfTokenRepository;
import org.springframework.util.unit.DataSize;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebSession;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;

/**
 * Admin sign-in for the SPA: CSRF token, JSON login into a Redis session, logout, current user (with the agency's
 * time zone, which the SPA shows every date in).
 */
@RestController
@RequestMapping("/api/auth")
class AuthController {

    private static final DataSize LOGIN_BODY_LIMIT = DataSize.ofKilobytes(4);

    private final JsonBodies bodies;
    private final AdminAuthenticator authenticator;
    private final LoginThrottle throttle;
    private final AdminSessionSecurityContextRepository sessions;
    private final ServerCsrfTokenRepository csrfTokens;
    private final AdminAccountRepository accounts;
    private final PasswordHasher hasher;
    private final AgencyCalendar calendar;

    AuthController(
            JsonBodies bodies,
            AdminAuthenticator authenticator,
            LoginThrottle throttle,
            AdminSessionSecurityContextRepository sessions,
            ServerCsrfTokenRepository csrfTokens,
            AdminAccountRepository accounts,
            PasswordHasher hasher,
            AgencyCalendar calendar) {
        this.bodies = bodies;
        this.authenticator = authenticator;
        this.throttle = throttle;
        this.sessions = sessions;
        this.csrfTokens = csrfTokens;
        this.accounts = accounts;
        this.hasher = hasher;
        this.calendar = calendar;
    }

    /** The token to echo in {@code X-XSRF-TOKEN}; subscribing to it is what writes the cookie. */
    @GetMapping("/csrf")
    Mono<CsrfTokenView> csrf(ServerWebExchange exchange) {
        Mono<CsrfToken> token = exchange.getAttribute(CsrfToken.class.getName());
        if (token == null) {
            return Mono.error(new IllegalStateException("CSRF protection is not configured"));
        }
        return token.map(value -> new CsrfTokenView(value.getToken(), value.getHeaderName()));
    }

    @PostMapping("/login")
    Mono<CurrentUser> login(ServerWebExchange exchange) {
        String clientIp = clientIp(exchange);
        return bodies.readObject(exchange, LOGIN_BODY_LIMIT)
                .map(AuthController::credentials)
                .flatMap(credentials -> throttle.checkAllowed(credentials.username(), clientIp)
                        .then(authenticator.authenticate(credentials.username(), credentials.password()))
                        .switchIfEmpty(Mono.defer(() -> throttle.recordFailure(credentials.username(), clientIp)
                                .then(Mono.error(AuthController::badCredentials))))
                        .flatMap(account -> throttle.reset(account.username())
                                .then(startSession(exchange, account))
                                .thenReturn(CurrentUser.of(account, calendar))));
    }

    /**
     * The signed-in admin replaces their own password; the current one is checked (and failures count
     * towards the lock-out like failed logins), which also ends a required change.
     */
    @PostMapping("/password")
    Mono<ResponseEntity<Void>> changePassword(
            @AuthenticationPrincipal AdminPrincipal admin, ServerWebExchange exchange) {
        String clientIp = clientIp(exchange);
        return bodies.readObject(exchange, LOGIN_BODY_LIMIT)
                .map(AuthController::passwordChange)
                .flatMap(change -> throttle.checkAllowed(admin.username(), clientIp)
                        .then(accounts.find(admin.username()))
                        .filterWhen(account -> authenticator.matches(account, change.currentPassword()))
                        .switchIfEmpty(Mono.defer(() -> throttle.recordFailure(admin.username(), clientIp)
                                .then(Mono.error(() -> new InvalidRequestException(
                                        "The current password is wrong",
                                        List.of(new FieldError(
                                                "currentPassword", FieldErrorCode.INCORRECT, "is wrong")))))))
                        .flatMap(account -> hasher.hash(change.newPassword()))
                        .flatMap(hash -> accounts.setPassword(admin.username(), hash, false)))
                .then(throttle.reset(admin.username()))
                // A new id, as on login: a session id seen before the change is worth nothing after it.
                .then(exchange.getSession().flatMap(WebSession::changeSessionId))
                .thenReturn(ResponseEntity.noContent().build());
    }

    @PostMapping("/logout")
    Mono<ResponseEntity<Void>> logout(ServerWebExchange exchange) {
        return exchange.getSession()
                .flatMap(WebSession::invalidate)
                .then(csrfTokens.saveToken(exchange, null))
                .thenReturn(ResponseEntity.noContent().build());
    }

    @GetMapping("/me")
    CurrentUser me(@AuthenticationPrincipal AdminPrincipal admin) {
        return new CurrentUser(
                admin.username(),
                admin.role().wireName(),
                admin.mustChangePassword(),
                calendar.zone().getId());
    }

    /**
     * A fresh session id on login defeats session fixation; the CSRF token is dropped too, so the SPA
     * fetches one bound to its new state.
     */
    private Mono<Void> startSession(ServerWebExchange exchange, AdminAccount account) {
        var context = new SecurityContextImpl(AdminSessionSecurityContextRepository.authenticationOf(account));
        return exchange.getSession()
                .flatMap(session -> session.changeSessionId().then(sessions.save(exchange, context)))
                .then(csrfTokens.saveToken(exchange, null));
    }

    private static Credentials credentials(JsonNode body) {
        List<FieldError> errors = new ArrayList<>();
        JsonNode username = body.path("username");
        JsonNode password = body.path("password");
        if (!username.isString() || username.stringValue().isBlank()) {
            errors.add(new FieldError("username", FieldErrorCode.REQUIRED, "is required"));
        }
        if (!password.isString() || password.stringValue().isEmpty()) {
            errors.add(new FieldError("password", FieldErrorCode.REQUIRED, "is required"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
        return new Credentials(Usernames.normalise(username.stringValue()), password.stringValue());
    }

    private static PasswordChange passwordChange(JsonNode body) {
        List<FieldError> errors = new ArrayList<>();
        JsonNode current = body.path("currentPassword");
        JsonNode next = body.path("newPassword");
        if (!current.isString() || current.stringValue().isEmpty()) {
            errors.add(new FieldError("currentPassword", FieldErrorCode.REQUIRED, "is required"));
        }
        if (!next.isString()
                || next.stringValue().length() < Passwords.MIN_LENGTH
                || next.stringValue().length() > Passwords.MAX_LENGTH) {
            errors.add(new FieldError(
                    "newPassword",
                    FieldErrorCode.OUT_OF_RANGE,
                    "must be " + Passwords.MIN_LENGTH + " to " + Passwords.MAX_LENGTH + " characters"));
        } else if (current.isString() && next.stringValue().equals(current.stringValue())) {
            errors.add(new FieldError("newPassword", FieldErrorCode.CONFLICT, "must differ from the current password"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
        return new PasswordChange(current.stringValue(), next.stringValue());
    }

    private static ErrorResponseException badCredentials() {
        var error = new ErrorResponseException(HttpStatus.UNAUTHORIZED);
        error.setDetail("Wrong username or password");
        return error;
    }

    private static String clientIp(ServerWebExchange exchange) {
        InetSocketAddress remote = exchange.getRequest().getRemoteAddress();
        return remote != null && remote.getAddress() != null
                ? remote.getAddress().getHostAddress()
                : "unknown";
    }

    private record Credentials(String username, String password) {

        @Override
        public String toString() {
            return "Credentials[username=" + username + ", password=<redacted>]";
        }
    }

    private record PasswordChange(String currentPassword, String newPassword) {

        @Override
        public String toString() {
            return "PasswordChange[<redacted>]";
        }
    }

    record CsrfTokenView(String token, String headerName) {}

    record CurrentUser(
            String username,
            String role,
            boolean mustChangePassword,

            @Schema(
                    description = "The agency's time zone (IANA, targetbot.agency.zone): the admin UI shows every"
                            + " date and time in it, as the bot and the reports do",
                    example = "Europe/Moscow")
            String agencyZone) {

        static CurrentUser of(AdminAccount account, AgencyCalendar calendar) {
            return new CurrentUser(
                    account.username(),
                    account.role().wireName(),
                    account.mustChangePassword(),
                    calendar.zone().getId());
        }
    }
}
