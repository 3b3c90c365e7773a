package com.targetbot.gateway.auth;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.server.csrf.CookieServerCsrfTokenRepository;
import org.springframework.security.web.server.csrf.ServerCsrfTokenRepository;
import org.springframework.web.server.session.CookieWebSessionIdResolver;
import org.springframework.web.server.session.WebSessionIdResolver;

/** Password hashing and the two cookies of an admin browser: the session and the CSRF token. */
@Configuration(proxyBeanMethods = false)
class AuthConfiguration {

    static final String SESSION_COOKIE = "SESSION";
    static final String CSRF_HEADER = "X-XSRF-TOKEN";

    @Bean
    PasswordEncoder passwordEncoder() {
        return Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8();
    }

    /** The session id cookie (the session itself lives in Redis through Spring Session). */
    @Bean
    WebSessionIdResolver webSessionIdResolver(CookieProperties properties) {
        var resolver = new CookieWebSessionIdResolver();
        resolver.setCookieName(SESSION_COOKIE);
        resolver.addCookieInitializer(cookie -> {
            cookie.httpOnly(true).sameSite("Lax").path("/");
            if (properties.secure()) {
                cookie.secure(true);
            }
        });
        return resolver;
    }

    /**
     * Double-submit CSRF token: the SPA reads the {@code XSRF-TOKEN} cookie (hence not HttpOnly) or asks
     * {@code /api/auth/csrf}, and echoes the value in {@code X-XSRF-TOKEN}; another site can do neither.
     */
    @Bean
    ServerCsrfTokenRepository csrfTokenRepository(CookieProperties properties) {
        var repository = CookieServerCsrfTokenRepository.withHttpOnlyFalse();
        repository.setHeaderName(CSRF_HEADER);
        repository.setCookiePath("/");
        repository.setCookieCustomizer(cookie -> {
            cookie.sameSite("Lax");
            if (properties.secure()) {
                cookie.secure(true);
            }
        });
        return repository;
    }
}
