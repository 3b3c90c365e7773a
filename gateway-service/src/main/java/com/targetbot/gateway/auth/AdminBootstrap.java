package com.targetbot.gateway.auth;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Creates the first admin account at start-up when it does not exist: with the password from the
 * environment, or with a generated one that is logged exactly once (by the instance that created it).
 */
@Component
class AdminBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);
    private static final Duration REDIS_TIMEOUT = Duration.ofSeconds(30);

    private final AdminProperties properties;
    private final AdminAccountRepository accounts;
    private final PasswordEncoder encoder;
    private final SecureRandom random = new SecureRandom();

    AdminBootstrap(AdminProperties properties, AdminAccountRepository accounts, PasswordEncoder encoder) {
        this.properties = properties;
        this.accounts = accounts;
        this.encoder = encoder;
    }

    @Override
    public void run(ApplicationArguments args) {
        String username = properties.username();
        if (Boolean.TRUE.equals(accounts.exists(username).block(REDIS_TIMEOUT))) {
            accounts.ensureListed(username).block(REDIS_TIMEOUT);
            return;
        }
        String configured = properties.password();
        boolean generate = configured == null || configured.isBlank();
        String password = generate ? generatePassword() : configured;
        var account =
                new AdminAccount(username, encoder.encode(password), AdminRole.ADMIN, true, Instant.now(), generate);
        if (!Boolean.TRUE.equals(accounts.createIfAbsent(account).block(REDIS_TIMEOUT))) {
            return;
        }
        if (generate) {
            log.warn("""

                    ************************************************************************
                    *  First start: created admin account '{}' with a generated password:
                    *      {}
                    *  It is shown only this once and must be changed at the first sign-in
                    *  at /admin/. To choose it yourself,
                    *  set TARGETBOT_ADMIN_PASSWORD before the first start next time.
                    ************************************************************************""", username, password);
        } else {
            log.info("Created admin account '{}' with the password from TARGETBOT_ADMIN_PASSWORD", username);
        }
    }

    private String generatePassword() {
        byte[] bytes = new byte[18];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
