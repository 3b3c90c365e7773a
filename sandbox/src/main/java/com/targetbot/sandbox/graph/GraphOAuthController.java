package com.targetbot.sandbox.graph;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.net.URI;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The OAuth pieces of connecting a Meta account: the login dialog (the sandbox user consents at once and is sent
 * back with a one-time {@code code}) and the token endpoint (code exchange and {@code fb_exchange_token}).
 */
@RestController
class GraphOAuthController {

    private final GraphSandboxProperties properties;
    private final GraphAuth auth;
    private final GraphToken token;
    private final SecureRandom random = new SecureRandom();
    /** Issued codes by value, with the redirect_uri they were issued for; a code works once. */
    private final Map<String, String> codes = new ConcurrentHashMap<>();

    GraphOAuthController(GraphSandboxProperties properties, GraphAuth auth, GraphToken token) {
        this.properties = properties;
        this.auth = auth;
        this.token = token;
    }

    @GetMapping(GraphApiController.VERSION + "/dialog/oauth")
    ResponseEntity<Void> dialog(
            @RequestParam(name = "client_id", required = false) @Nullable String clientId,
            @RequestParam(name = "redirect_uri", required = false) @Nullable String redirectUri,
            @RequestParam(required = false) @Nullable String state) {
        checkApp(clientId);
        if (redirectUri == null || redirectUri.isEmpty()) {
            throw GraphException.oauth(191, "The redirect_uri parameter is required.");
        }
        String code = HexFormat.of().formatHex(randomBytes(24));
        codes.put(code, redirectUri);
        UriComponentsBuilder target =
                UriComponentsBuilder.fromUriString(redirectUri).queryParam("code", code);
        if (state != null) {
            target.queryParam("state", state);
        }
        // Facebook appends this empty fragment to every OAuth redirect; browsers keep it, servers never see it.
        URI location = target.fragment("_=_").encode().build().toUri();
        return ResponseEntity.status(HttpStatus.FOUND).location(location).build();
    }

    @GetMapping(GraphApiController.VERSION + "/oauth/access_token")
    AccessToken accessToken(
            @RequestParam(name = "client_id", required = false) @Nullable String clientId,
            @RequestParam(name = "client_secret", required = false) @Nullable String clientSecret,
            @RequestParam(name = "redirect_uri", required = false) @Nullable String redirectUri,
            @RequestParam(required = false) @Nullable String code,
            @RequestParam(name = "grant_type", required = false) @Nullable String grantType,
            @RequestParam(name = "fb_exchange_token", required = false) @Nullable String exchangeToken) {
        checkApp(clientId);
        if (!properties.appSecret().equals(clientSecret)) {
            throw GraphException.oauth(1, "Error validating client secret.");
        }
        if ("fb_exchange_token".equals(grantType)) {
            if (!auth.isValidToken(exchangeToken)) {
                throw GraphException.oauth(190, "Invalid OAuth access token - Cannot parse access token");
            }
            GraphException expiredOrRevoked = token.state().problemAt(Instant.now());
            if (expiredOrRevoked != null) {
                throw expiredOrRevoked;
            }
            return issue();
        }
        if (code == null || code.isEmpty()) {
            throw GraphException.oauth(100, "Missing authorization code");
        }
        String issuedFor = codes.remove(code);
        if (issuedFor == null) {
            throw GraphException.oauth(100, 36009, "This authorization code has been used or is invalid.");
        }
        if (!issuedFor.equals(redirectUri)) {
            throw GraphException.oauth(
                    100,
                    36008,
                    "Error validating verification code. Please make sure your redirect_uri is identical to the one"
                            + " you used in the OAuth dialog request");
        }
        return issue();
    }

    /**
     * The sandbox has one user with one long-lived token; handing out that same token keeps a token a service
     * stored valid across restarts of the sandbox. Logging in again renews it, as a new token would be.
     */
    private AccessToken issue() {
        token.renew();
        return new AccessToken(properties.accessToken(), "bearer", GraphToken.LIFETIME.toSeconds());
    }

    private void checkApp(@Nullable String clientId) {
        if (!properties.appId().equals(clientId)) {
            throw GraphException.oauth(101, "Error validating application. Invalid application ID.");
        }
    }

    private byte[] randomBytes(int length) {
        byte[] bytes = new byte[length];
        random.nextBytes(bytes);
        return bytes;
    }

    record AccessToken(
            @JsonProperty("access_token") String accessToken,
            @JsonProperty("token_type") String tokenType,
            @JsonProperty("expires_in") long expiresIn) {}
}
