package com.targetbot.sandbox.graph;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.springframework.stereotype.Component;

/**
 * Page-scoped Graph calls: Lead Ads reads and page subscriptions need the page's own access token (as handed out by
 * {@code /me/accounts}), with {@code appsecret_proof} computed over that page token.
 */
@Component
class LeadAdsAuth {

    private final GraphAuth auth;
    private final GraphSandboxProperties properties;

    LeadAdsAuth(GraphAuth auth, GraphSandboxProperties properties) {
        this.auth = auth;
        this.properties = properties;
    }

    /** The call carries this page's token and its proof. */
    void requirePageToken(HttpServletRequest request, LeadAdsCatalog.Page page) {
        String token = GraphAuth.accessToken(request);
        if (token != null && auth.isUserToken(token)) {
            throw GraphException.oauth(190, "(#190) This method must be called with a Page Access Token");
        }
        if (token == null || !same(token, page.accessToken())) {
            throw GraphException.oauth(190, "Invalid OAuth access token - Cannot parse access token");
        }
        String proof = request.getParameter("appsecret_proof");
        if (proof == null || proof.isEmpty()) {
            throw GraphException.oauth(100, "API calls from the server require an appsecret_proof argument");
        }
        if (!same(proof.toLowerCase(), GraphAuth.appSecretProof(properties.appSecret(), token))) {
            throw GraphException.oauth(100, "Invalid appsecret_proof provided in the API argument");
        }
    }

    /** The user's token or this page's token: a page node is readable with either. */
    void requireUserOrPageToken(HttpServletRequest request, LeadAdsCatalog.Page page) {
        if (auth.isUserToken(GraphAuth.accessToken(request))) {
            auth.authorize(request);
        } else {
            requirePageToken(request, page);
        }
    }

    private static boolean same(String given, String expected) {
        return MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8), expected.getBytes(StandardCharsets.UTF_8));
    }
}
