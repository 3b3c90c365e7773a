package com.targetbot.gateway.apikeys;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** An API key as presented (not yet checked), or the checked key with its scopes as authorities. */
final class ApiKeyAuthenticationToken extends AbstractAuthenticationToken {

    private final @Nullable String presentedKey;
    private final @Nullable ApiKeyPrincipal principal;

    private ApiKeyAuthenticationToken(@Nullable String presentedKey, @Nullable ApiKeyPrincipal principal) {
        super(
                principal == null
                        ? List.of()
                        : principal.scopes().stream()
                                .map(scope -> new SimpleGrantedAuthority(scope.authority()))
                                .toList());
        this.presentedKey = presentedKey;
        this.principal = principal;
        setAuthenticated(principal != null);
    }

    static ApiKeyAuthenticationToken presented(String key) {
        return new ApiKeyAuthenticationToken(key, null);
    }

    static ApiKeyAuthenticationToken verified(ApiKeyPrincipal principal) {
        return new ApiKeyAuthenticationToken(null, principal);
    }

    @Override
    public @Nullable Object getCredentials() {
        return presentedKey;
    }

    @Override
    public @Nullable Object getPrincipal() {
        return principal;
    }
}
