package com.targetbot.gateway.auth;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.web.server.context.ServerSecurityContextRepository;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Keeps only the admin's username in the Redis-backed session and rebuilds the authentication from
 * the account on every request, so disabling an account, changing its role or requiring a password
 * change takes effect at once on every replica (and no Java-serialised security objects are stored in
 * Redis). A session whose password must be changed carries no role authority at all.
 */
@Component
public class AdminSessionSecurityContextRepository implements ServerSecurityContextRepository {

    private static final String USERNAME_ATTRIBUTE = "targetbot.admin.username";

    private final AdminAccountRepository accounts;

    AdminSessionSecurityContextRepository(AdminAccountRepository accounts) {
        this.accounts = accounts;
    }

    @Override
    public Mono<Void> save(ServerWebExchange exchange, @Nullable SecurityContext context) {
        return exchange.getSession()
                .doOnNext(session -> {
                    if (context != null
                            && context.getAuthentication() instanceof Authentication authentication
                            && authentication.getPrincipal() instanceof AdminPrincipal admin) {
                        session.getAttributes().put(USERNAME_ATTRIBUTE, admin.username());
                    } else {
                        session.getAttributes().remove(USERNAME_ATTRIBUTE);
                    }
                })
                .then();
    }

    @Override
    public Mono<SecurityContext> load(ServerWebExchange exchange) {
        return exchange.getSession()
                .flatMap(session -> Mono.justOrEmpty(session.<String>getAttribute(USERNAME_ATTRIBUTE)))
                .flatMap(accounts::find)
                .filter(AdminAccount::enabled)
                .map(account -> new SecurityContextImpl(authenticationOf(account)));
    }

    static Authentication authenticationOf(AdminAccount account) {
        return UsernamePasswordAuthenticationToken.authenticated(
                new AdminPrincipal(account.username(), account.role(), account.mustChangePassword()),
                null,
                List.of(new SimpleGrantedAuthority(
                        account.mustChangePassword()
                                ? AdminPrincipal.PASSWORD_CHANGE_REQUIRED
                                : account.role().authority())));
    }
}
