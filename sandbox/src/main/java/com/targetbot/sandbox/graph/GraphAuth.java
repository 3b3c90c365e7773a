package com.targetbot.sandbox.graph;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;

/**
 * Graph's checks on every data call: a valid user access token (known, not expired, not revoked) and, since the app
 * requires it for server calls, {@code appsecret_proof} = hex HMAC-SHA256 of the token keyed by the app secret.
 */
@Component
class GraphAuth {

    private static final String BEARER = "Bearer ";

    private final GraphSandboxProperties properties;
    private final GraphToken token;

    GraphAuth(GraphSandboxProperties properties, GraphToken token) {
        this.properties = properties;
        this.token = token;
    }

    /**
     * The token a call carries: {@code Authorization: Bearer <token>} or the {@code access_token} parameter; Graph
     * accepts both.
     */
    static @Nullable String accessToken(HttpServletRequest request) {
        String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (authorization != null && authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return authorization.substring(BEARER.length()).trim();
        }
        return request.getParameter("access_token");
    }

    /** Checks the call's token and proof; answers whose token it is. */
    GraphPeople.Person authorize(HttpServletRequest request) {
        return authorize(accessToken(request), request.getParameter("appsecret_proof"));
    }

    private GraphPeople.Person authorize(@Nullable String accessToken, @Nullable String appSecretProof) {
        if (accessToken == null || accessToken.isEmpty()) {
            throw GraphException.oauth(
                    190, "An active access token must be used to query information about the current user.");
        }
        GraphToken.Issued issued = live(accessToken);
        if (appSecretProof == null || appSecretProof.isEmpty()) {
            throw GraphException.oauth(100, "API calls from the server require an appsecret_proof argument");
        }
        if (!constantTimeEquals(appSecretProof.toLowerCase(), appSecretProof(properties.appSecret(), accessToken))) {
            throw GraphException.oauth(100, "Invalid appsecret_proof provided in the API argument");
        }
        return issued.person();
    }

    /** Whether the token is one Graph issued to a person (a user or system-user token, not a page's). */
    boolean isUserToken(@Nullable String accessToken) {
        return accessToken != null && token.find(accessToken).isPresent();
    }

    /** A token Graph issued that is neither expired nor revoked; Graph's 190 otherwise. */
    GraphToken.Issued live(@Nullable String accessToken) {
        GraphToken.Issued issued = token.find(accessToken)
                .orElseThrow(() -> GraphException.oauth(190, "Invalid OAuth access token - Cannot parse access token"));
        GraphException expiredOrRevoked = issued.state().problemAt(Instant.now());
        if (expiredOrRevoked != null) {
            throw expiredOrRevoked;
        }
        return issued;
    }

    static String appSecretProof(String appSecret, String accessToken) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(appSecret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(accessToken.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    private static boolean constantTimeEquals(String given, String expected) {
        return MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8), expected.getBytes(StandardCharsets.UTF_8));
    }
}
