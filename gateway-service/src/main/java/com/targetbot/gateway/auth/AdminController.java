package com.targetbot.gateway.auth;

import com.targetbot.gateway.web.JsonBodies;
import com.targetbot.kit.web.FieldError;
import com.targetbot.kit.web.FieldErrorCode;
import com.targetbot.kit.web.InvalidRequestException;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.util.unit.DataSize;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;

/**
 * Admins manage admin accounts: create one with an initial password (which its owner must change at the
 * first sign-in), list them, change a role or disable an account. Disabling ends the account's sessions
 * at once, since every request rebuilds its authentication from the stored account.
 */
@RestController
@RequestMapping("/api/admins")
class AdminController {

    private static final DataSize BODY_LIMIT = DataSize.ofKilobytes(4);

    private final JsonBodies bodies;
    private final AdminAccountRepository accounts;
    private final PasswordHasher hasher;

    AdminController(JsonBodies bodies, AdminAccountRepository accounts, PasswordHasher hasher) {
        this.bodies = bodies;
        this.accounts = accounts;
        this.hasher = hasher;
    }

    @PostMapping
    Mono<ResponseEntity<AdminView>> create(ServerWebExchange exchange) {
        return bodies.readObject(exchange, BODY_LIMIT)
                .map(AdminController::newAdmin)
                .flatMap(request -> hasher.hash(request.password())
                        .map(hash ->
                                new AdminAccount(request.username(), hash, request.role(), true, Instant.now(), true))
                        .flatMap(account -> accounts.createIfAbsent(account)
                                .filter(Boolean::booleanValue)
                                .switchIfEmpty(Mono.error(() -> conflict(request.username())))
                                .thenReturn(ResponseEntity.created(URI.create("/api/admins/" + account.username()))
                                        .body(AdminView.of(account)))));
    }

    @GetMapping
    Mono<AdminList> list() {
        return accounts.findAll()
                .map(AdminView::of)
                .sort(Comparator.comparing(AdminView::username))
                .collectList()
                .map(AdminList::new);
    }

    /** Changes role and/or enabled flag; an admin cannot lock themselves out this way. */
    @PatchMapping("/{username}")
    Mono<AdminView> update(
            @PathVariable String username, @AuthenticationPrincipal AdminPrincipal admin, ServerWebExchange exchange) {
        String name = Usernames.normalise(username);
        return bodies.readObject(exchange, BODY_LIMIT)
                .map(AdminController::change)
                .flatMap(change -> {
                    if (name.equals(admin.username())) {
                        return Mono.error(new InvalidRequestException(
                                "You cannot change your own role or disable your own account",
                                List.of(new FieldError(
                                        "username", FieldErrorCode.NOT_ALLOWED, "is your own account"))));
                    }
                    return accounts.find(name)
                            .switchIfEmpty(Mono.error(() -> notFound(name)))
                            .flatMap(account -> {
                                AdminRole role = change.role().orElse(account.role());
                                boolean enabled = change.enabled().orElse(account.enabled());
                                return accounts.update(name, role, enabled)
                                        .filter(Boolean::booleanValue)
                                        .switchIfEmpty(Mono.error(() -> notFound(name)))
                                        .then(accounts.find(name));
                            });
                })
                .map(AdminView::of);
    }

    private static NewAdmin newAdmin(JsonNode body) {
        List<FieldError> errors = new ArrayList<>();
        JsonNode username = body.path("username");
        String name = username.isString() ? Usernames.normalise(username.stringValue()) : "";
        if (!Usernames.isValid(name)) {
            errors.add(new FieldError("username", FieldErrorCode.INVALID_FORMAT, "must match " + Usernames.PATTERN));
        }
        Optional<AdminRole> role = role(body.path("role"), errors);
        if (role.isEmpty() && errors.stream().noneMatch(error -> error.field().equals("role"))) {
            errors.add(new FieldError("role", FieldErrorCode.REQUIRED, "is required: one of " + roleNames()));
        }
        JsonNode password = body.path("password");
        if (!password.isString()
                || password.stringValue().length() < Passwords.MIN_LENGTH
                || password.stringValue().length() > Passwords.MAX_LENGTH) {
            errors.add(new FieldError(
                    "password",
                    FieldErrorCode.OUT_OF_RANGE,
                    "must be " + Passwords.MIN_LENGTH + " to " + Passwords.MAX_LENGTH + " characters"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
        return new NewAdmin(name, role.orElseThrow(), password.stringValue());
    }

    private static Change change(JsonNode body) {
        List<FieldError> errors = new ArrayList<>();
        Optional<AdminRole> role = role(body.path("role"), errors);
        JsonNode enabled = body.path("enabled");
        if (!enabled.isMissingNode() && !enabled.isBoolean()) {
            errors.add(new FieldError("enabled", FieldErrorCode.INVALID_FORMAT, "must be true or false"));
        }
        if (errors.isEmpty() && role.isEmpty() && enabled.isMissingNode()) {
            errors.add(new FieldError("body", FieldErrorCode.REQUIRED, "must set role or enabled"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
        return new Change(role, enabled.isBoolean() ? Optional.of(enabled.booleanValue()) : Optional.empty());
    }

    private static Optional<AdminRole> role(JsonNode value, List<FieldError> errors) {
        if (value.isMissingNode()) {
            return Optional.empty();
        }
        Optional<AdminRole> role = value.isString() ? AdminRole.fromWireName(value.stringValue()) : Optional.empty();
        if (role.isEmpty()) {
            errors.add(new FieldError("role", FieldErrorCode.NOT_ALLOWED, "must be one of " + roleNames()));
        }
        return role;
    }

    private static List<String> roleNames() {
        return List.of(AdminRole.values()).stream().map(AdminRole::wireName).toList();
    }

    private static ErrorResponseException conflict(String username) {
        var error = new ErrorResponseException(HttpStatus.CONFLICT);
        error.setDetail("An admin account named " + username + " exists already");
        return error;
    }

    private static ErrorResponseException notFound(String username) {
        var error = new ErrorResponseException(HttpStatus.NOT_FOUND);
        error.setDetail("No admin account named " + username);
        return error;
    }

    private record NewAdmin(String username, AdminRole role, String password) {

        @Override
        public String toString() {
            return "NewAdmin[username=" + username + ", role=" + role + ", password=<redacted>]";
        }
    }

    private record Change(Optional<AdminRole> role, Optional<Boolean> enabled) {}

    record AdminView(String username, String role, boolean enabled, Instant createdAt, boolean mustChangePassword) {

        static AdminView of(AdminAccount account) {
            return new AdminView(
                    account.username(),
                    account.role().wireName(),
                    account.enabled(),
                    account.createdAt(),
                    account.mustChangePassword());
        }
    }

    record AdminList(List<AdminView> items) {}
}
