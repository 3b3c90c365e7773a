package com.targetbot.gateway.config;

import com.targetbot.gateway.apikeys.ApiKeyAuthenticationManager;
import com.targetbot.gateway.apikeys.ApiKeyWebFilters;
import com.targetbot.gateway.apikeys.Scope;
import com.targetbot.gateway.auth.AdminPrincipal;
import com.targetbot.gateway.auth.AdminRole;
import com.targetbot.gateway.auth.AdminSessionSecurityContextRepository;
import com.targetbot.gateway.ratelimit.RateLimits;
import com.targetbot.gateway.web.ProblemResponses;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Stream;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.web.server.SecurityWebFiltersOrder;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authorization.ServerAccessDeniedHandler;
import org.springframework.security.web.server.csrf.ServerCsrfTokenRepository;
import org.springframework.security.web.server.csrf.ServerCsrfTokenRequestAttributeHandler;
import org.springframework.security.web.server.header.ReferrerPolicyServerHttpHeadersWriter.ReferrerPolicy;
import org.springframework.security.web.server.header.XFrameOptionsServerHttpHeadersWriter.Mode;
import org.springframework.security.web.server.savedrequest.NoOpServerRequestCache;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatcher;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatcher.MatchResult;

/**
 * Who may call what. Browsers authenticate with the Redis session (and must echo the CSRF token on
 * every write); integrations with {@code X-Auth-Key} (no session, no CSRF: a browser cannot be made to
 * send that header cross-site); Telegram with its own secret checked by the webhook. Authorisation is
 * decided here, before any route forwards a request.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebFluxSecurity
class SecurityConfiguration {

    private static final String TELEGRAM_WEBHOOK = "/telegram/webhook";
    // Meta signs its notifications (X-Hub-Signature-256) and proves the subscription with the verify token.
    private static final String META_WEBHOOK = "/webhooks/meta";
    private static final String PASSWORD_CHANGE_REQUIRED_DETAIL =
            "Password change required: set a new password at POST /api/auth/password first";
    private static final Set<HttpMethod> SAFE_METHODS =
            Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS, HttpMethod.TRACE);

    @Bean
    SecurityWebFilterChain securityWebFilterChain(
            ServerHttpSecurity http,
            AdminSessionSecurityContextRepository sessions,
            ServerCsrfTokenRepository csrfTokens,
            ApiKeyAuthenticationManager apiKeys,
            RateLimits rateLimits,
            ProblemResponses problems) {
        ServerAuthenticationEntryPoint unauthorized = (exchange, failure) -> problems.write(
                exchange,
                ProblemDetail.forStatusAndDetail(HttpStatus.UNAUTHORIZED, unauthorizedDetail(failure.getMessage())),
                HttpHeaders.EMPTY);
        ServerAccessDeniedHandler forbidden = (exchange, denied) -> exchange.getPrincipal()
                .filter(principal -> principal instanceof Authentication authentication
                        && authentication.getPrincipal() instanceof AdminPrincipal admin
                        && admin.mustChangePassword())
                .map(principal -> PASSWORD_CHANGE_REQUIRED_DETAIL)
                .defaultIfEmpty("The API key's scopes or the account's role do not allow this request")
                .flatMap(detail -> problems.write(
                        exchange, ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, detail), HttpHeaders.EMPTY));
        String[] anySession = authorities(Arrays.stream(AdminRole.values()).map(AdminRole::authority));
        String[] anyRoleOrScope = authorities(Stream.concat(
                Arrays.stream(anySession), Arrays.stream(Scope.values()).map(Scope::authority)));
        String[] writers = authorities(Stream.of(AdminRole.ADMIN.authority(), AdminRole.MANAGER.authority()));
        String[] anySessionEvenBeforeAPasswordChange = authorities(
                Stream.concat(Arrays.stream(anySession), Stream.of(AdminPrincipal.PASSWORD_CHANGE_REQUIRED)));

        return http.securityContextRepository(sessions)
                .addFilterAt(
                        ApiKeyWebFilters.authenticationFilter(apiKeys, unauthorized),
                        SecurityWebFiltersOrder.AUTHENTICATION)
                // After authentication (the limit depends on who calls), before authorisation and any route.
                .addFilterAfter(rateLimits.webFilter(), SecurityWebFiltersOrder.AUTHENTICATION)
                .csrf(csrf -> csrf.csrfTokenRepository(csrfTokens)
                        // Plain token (no BREACH masking): the SPA sends back exactly the cookie's value.
                        .csrfTokenRequestHandler(new ServerCsrfTokenRequestAttributeHandler())
                        .requireCsrfProtectionMatcher(browserWrites())
                        .accessDeniedHandler((exchange, denied) -> problems.write(
                                exchange,
                                ProblemDetail.forStatusAndDetail(
                                        HttpStatus.FORBIDDEN,
                                        "Missing or wrong CSRF token: send the XSRF-TOKEN cookie's value in"
                                                + " X-XSRF-TOKEN"),
                                HttpHeaders.EMPTY)))
                .exceptionHandling(handling ->
                        handling.authenticationEntryPoint(unauthorized).accessDeniedHandler(forbidden))
                .requestCache(cache -> cache.requestCache(NoOpServerRequestCache.getInstance()))
                .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
                .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
                .logout(ServerHttpSecurity.LogoutSpec::disable)
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(
                                "default-src 'self'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'"))
                        .frameOptions(frame -> frame.mode(Mode.DENY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)))
                .authorizeExchange(exchanges -> exchanges
                        .pathMatchers(
                                "/actuator/health", "/actuator/health/**", "/actuator/info", "/actuator/prometheus")
                        .permitAll()
                        .pathMatchers(HttpMethod.GET, "/admin", "/admin/**")
                        .permitAll()
                        .pathMatchers(HttpMethod.GET, "/api/docs", "/api/docs/**", "/webjars/swagger-ui/**")
                        .permitAll()
                        .pathMatchers(HttpMethod.POST, TELEGRAM_WEBHOOK)
                        .permitAll()
                        .pathMatchers(HttpMethod.GET, META_WEBHOOK)
                        .permitAll()
                        .pathMatchers(HttpMethod.POST, META_WEBHOOK)
                        .permitAll()
                        .pathMatchers(HttpMethod.GET, "/api/auth/csrf")
                        .permitAll()
                        .pathMatchers(HttpMethod.POST, "/api/auth/login", "/api/auth/logout")
                        .permitAll()
                        .pathMatchers(HttpMethod.GET, "/api/auth/me")
                        .hasAnyAuthority(anySessionEvenBeforeAPasswordChange)
                        .pathMatchers(HttpMethod.POST, "/api/auth/password")
                        .hasAnyAuthority(anySessionEvenBeforeAPasswordChange)
                        .pathMatchers("/api/admins", "/api/admins/**")
                        .hasAuthority(AdminRole.ADMIN.authority())
                        .pathMatchers(HttpMethod.POST, "/api/leads")
                        .hasAnyAuthority(withScope(Scope.LEADS_WRITE, writers))
                        .pathMatchers(HttpMethod.PATCH, "/api/leads/**")
                        .hasAnyAuthority(withScope(Scope.LEADS_WRITE, writers))
                        .pathMatchers(HttpMethod.DELETE, "/api/leads/**")
                        .hasAnyAuthority(withScope(Scope.LEADS_WRITE, writers))
                        .pathMatchers(HttpMethod.GET, "/api/leads", "/api/leads/**")
                        .hasAnyAuthority(withScope(Scope.LEADS_READ, anySession))
                        .pathMatchers(HttpMethod.POST, "/api/reports")
                        .hasAnyAuthority(withScope(Scope.REPORTS_WRITE, writers))
                        .pathMatchers(HttpMethod.GET, "/api/reports", "/api/reports/**")
                        .hasAnyAuthority(withScope(Scope.REPORTS_READ, anySession))
                        .pathMatchers(HttpMethod.POST, "/meta/sync")
                        .hasAuthority(AdminRole.ADMIN.authority())
                        .pathMatchers(HttpMethod.GET, "/meta/stats", "/meta/stats/daily", "/meta/token")
                        .hasAnyAuthority(anySession)
                        // Meta connections hold the agency's access to its ad accounts: admins only.
                        .pathMatchers("/meta/connections", "/meta/connections/**")
                        .hasAuthority(AdminRole.ADMIN.authority())
                        .pathMatchers(HttpMethod.GET, "/auth/facebook")
                        .hasAuthority(AdminRole.ADMIN.authority())
                        // Facebook sends the browser back here; the controller checks session and state and
                        // answers every failure with a page, not a problem document.
                        .pathMatchers(HttpMethod.GET, "/auth/facebook/callback")
                        .permitAll()
                        // Every session reads projects (meta-service narrows a manager to their own); admins create
                        // and delete; managers change the projects they run and acknowledge their alerts. No API
                        // key scope covers them yet.
                        .pathMatchers(HttpMethod.GET, "/api/projects", "/api/projects/**")
                        .hasAnyAuthority(anySession)
                        .pathMatchers(HttpMethod.PATCH, "/api/projects/**")
                        .hasAnyAuthority(writers)
                        .pathMatchers(HttpMethod.POST, "/api/projects/*/alerts/*/acknowledge")
                        .hasAnyAuthority(writers)
                        .pathMatchers("/api/projects", "/api/projects/**")
                        .hasAuthority(AdminRole.ADMIN.authority())
                        .pathMatchers(HttpMethod.GET, "/api/dashboard")
                        .hasAnyAuthority(anySession)
                        .pathMatchers("/api/keys", "/api/keys/**")
                        .hasAuthority(AdminRole.ADMIN.authority())
                        .pathMatchers(
                                "/api/telegram/users",
                                "/api/telegram/users/**",
                                "/api/telegram/invites",
                                "/api/telegram/invites/**")
                        .hasAuthority(AdminRole.ADMIN.authority())
                        // The sandbox's Telegram, routed only where a sandbox is configured (SandboxRoutes).
                        .pathMatchers("/api/sandbox/telegram/**")
                        .hasAuthority(AdminRole.ADMIN.authority())
                        // Any role or scope, but not a session whose password must be changed first.
                        .anyExchange()
                        .hasAnyAuthority(anyRoleOrScope))
                .build();
    }

    /**
     * State-changing requests a browser could be tricked into sending: everything but safe methods, the
     * webhooks (Telegram's and Meta's, which carry their own proof) and requests that carry an API key.
     */
    private static ServerWebExchangeMatcher browserWrites() {
        ServerWebExchangeMatcher hasKey = ApiKeyWebFilters.hasKeyHeader();
        return exchange -> {
            var request = exchange.getRequest();
            String path = request.getPath().pathWithinApplication().value();
            if (SAFE_METHODS.contains(request.getMethod())
                    || path.equals(TELEGRAM_WEBHOOK)
                    || path.equals(META_WEBHOOK)) {
                return MatchResult.notMatch();
            }
            return hasKey.matches(exchange)
                    .flatMap(result -> result.isMatch() ? MatchResult.notMatch() : MatchResult.match());
        };
    }

    private static String unauthorizedDetail(String reason) {
        return reason.startsWith("Not Authenticated") ? "Sign in, or send an API key in X-Auth-Key" : reason;
    }

    private static String[] withScope(Scope scope, String[] sessionAuthorities) {
        return authorities(Stream.concat(Stream.of(scope.authority()), Arrays.stream(sessionAuthorities)));
    }

    private static String[] authorities(Stream<String> authorities) {
        return authorities.toArray(String[]::new);
    }
}
