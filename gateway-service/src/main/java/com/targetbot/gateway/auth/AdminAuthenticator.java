package com.targetbot.gateway.auth;

import java.util.Optional;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** Checks an admin's password against the stored Argon2id hash. */
@Component
class AdminAuthenticator {

    private final AdminAccountRepository accounts;
    private final PasswordHasher hasher;
    // Unknown usernames are checked against this, so they cost the same time as known ones.
    private final String decoyHash;

    AdminAuthenticator(AdminAccountRepository accounts, PasswordHasher hasher, PasswordEncoder encoder) {
        this.accounts = accounts;
        this.hasher = hasher;
        this.decoyHash = encoder.encode("decoy-password-for-unknown-users");
    }

    /** The enabled account whose password matches, or empty. */
    Mono<AdminAccount> authenticate(String username, String password) {
        return accounts.find(username)
                .map(Optional::of)
                .defaultIfEmpty(Optional.empty())
                .flatMap(account -> hasher.matches(
                                password,
                                account.map(AdminAccount::passwordHash).orElse(decoyHash))
                        .filter(Boolean::booleanValue)
                        .flatMap(matched -> Mono.justOrEmpty(account)))
                .filter(AdminAccount::enabled);
    }

    /** Whether the password is the account's current one (for a password change). */
    Mono<Boolean> matches(AdminAccount account, String password) {
        return hasher.matches(password, account.passwordHash());
    }
}
