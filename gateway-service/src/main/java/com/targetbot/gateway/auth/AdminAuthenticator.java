package com.targetbot.gateway.auth;

import org.jspecify.annotations.Nullable;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/** Checks an admin's password against the stored Argon2id hash. */
@Component
class AdminAuthenticator {

    private final AdminAccountRepository accounts;
    private final PasswordEncoder encoder;
    // Unknown usernames are checked against this, so they cost the same time as known ones.
    private final String decoyHash;

    AdminAuthenticator(AdminAccountRepository accounts, PasswordEncoder encoder) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.decoyHash = encoder.encode("decoy-password-for-unknown-users");
    }

    /** The enabled account whose password matches, or empty. */
    Mono<AdminAccount> authenticate(String username, String password) {
        return accounts.find(username)
                .map(account -> new Candidate(account.passwordHash(), account))
                .defaultIfEmpty(new Candidate(decoyHash, null))
                // Argon2 is deliberately slow and CPU-bound: keep it off the event loop.
                .publishOn(Schedulers.boundedElastic())
                .filter(candidate -> encoder.matches(password, candidate.hash()) && candidate.account() != null)
                .mapNotNull(Candidate::account)
                .filter(AdminAccount::enabled);
    }

    private record Candidate(String hash, @Nullable AdminAccount account) {}
}
