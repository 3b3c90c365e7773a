package com.targetbot.sandbox.graph;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.HtmlUtils;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The OAuth pieces of connecting a Meta account: the login dialog and the token endpoint (code exchange for a
 * short-lived token, {@code fb_exchange_token} for a long-lived one).
 *
 * <p>The dialog is a page asking which made-up person to continue as, or to cancel. Tests skip the page with the
 * sandbox's own parameters: {@code sandbox_person=<user id>} answers as that person at once (granting
 * {@code sandbox_scopes}, comma-separated, or else every scope asked for), {@code sandbox_deny=true} as a person who
 * pressed Cancel. The page's buttons are links with the same parameters.
 */
@RestController
class GraphOAuthController {

    private static final String PERSON = "sandbox_person";
    private static final String SCOPES = "sandbox_scopes";
    private static final String DENY = "sandbox_deny";

    private final GraphSandboxProperties properties;
    private final GraphAuth auth;
    private final GraphToken token;
    private final GraphPeople people;
    private final SecureRandom random = new SecureRandom();
    /** Issued codes by value; a code works once. */
    private final Map<String, Code> codes = new ConcurrentHashMap<>();

    GraphOAuthController(GraphSandboxProperties properties, GraphAuth auth, GraphToken token, GraphPeople people) {
        this.properties = properties;
        this.auth = auth;
        this.token = token;
        this.people = people;
    }

    @GetMapping(GraphApiController.VERSION + "/dialog/oauth")
    ResponseEntity<String> dialog(
            @RequestParam(name = "client_id", required = false) @Nullable String clientId,
            @RequestParam(name = "redirect_uri", required = false) @Nullable String redirectUri,
            @RequestParam(required = false) @Nullable String state,
            @RequestParam(required = false) @Nullable String scope,
            @RequestParam(name = PERSON, required = false) @Nullable String personId,
            @RequestParam(name = SCOPES, required = false) @Nullable String grantedScopes,
            @RequestParam(name = DENY, required = false) boolean deny) {
        checkApp(clientId);
        if (redirectUri == null || redirectUri.isEmpty()) {
            throw GraphException.oauth(191, "The redirect_uri parameter is required.");
        }
        UriComponentsBuilder target = UriComponentsBuilder.fromUriString(redirectUri);
        if (deny) {
            // What Facebook sends back when the person presses Cancel.
            target.queryParam("error", "access_denied")
                    .queryParam("error_code", 200)
                    .queryParam("error_description", "Permissions error")
                    .queryParam("error_reason", "user_denied");
        } else if (personId != null) {
            GraphPeople.Person person = people.existing(personId);
            String code = HexFormat.of().formatHex(randomBytes(24));
            codes.put(code, new Code(redirectUri, person, granted(grantedScopes != null ? grantedScopes : scope)));
            target.queryParam("code", code);
        } else {
            return ResponseEntity.ok()
                    .contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                    .body(page(scope));
        }
        if (state != null) {
            target.queryParam("state", state);
        }
        // Facebook appends this empty fragment to every OAuth redirect; browsers keep it, servers never see it.
        URI location = target.fragment("_=_").encode().build().toUri();
        return ResponseEntity.status(HttpStatus.FOUND).location(location).build();
    }

    /** Graph takes these parameters in the query or, as servers should send the secret, in a POST form body. */
    @RequestMapping(
            path = GraphApiController.VERSION + "/oauth/access_token",
            method = {RequestMethod.GET, RequestMethod.POST})
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
            GraphToken.Issued issued = auth.live(exchangeToken);
            // The long-lived token keeps the permissions the short-lived one carried.
            token.renew(issued.person(), issued.state().scopes());
            return new AccessToken(issued.person().token(), "bearer", GraphToken.LIFETIME.toSeconds());
        }
        if (code == null || code.isEmpty()) {
            throw GraphException.oauth(100, "Missing authorization code");
        }
        Code issuedFor = codes.remove(code);
        if (issuedFor == null) {
            throw GraphException.oauth(100, 36009, "This authorization code has been used or is invalid.");
        }
        if (!issuedFor.redirectUri().equals(redirectUri)) {
            throw GraphException.oauth(
                    100,
                    36008,
                    "Error validating verification code. Please make sure your redirect_uri is identical to the one"
                            + " you used in the OAuth dialog request");
        }
        // A login: the person's token is issued afresh with what was granted in the dialog.
        token.renew(issuedFor.person(), issuedFor.scopes());
        return new AccessToken(
                token.issueShortLived(issuedFor.person()), "bearer", GraphToken.SHORT_LIFETIME.toSeconds());
    }

    /** What was granted: the asked-for scopes Meta knows, in Meta's order. */
    private static List<String> granted(@Nullable String scopes) {
        if (scopes == null || scopes.isBlank()) {
            return List.of();
        }
        List<String> asked = Arrays.stream(scopes.split(","))
                .map(String::trim)
                .filter(s -> !s.isEmpty())
                .toList();
        return GraphPeople.ALL_SCOPES.stream().filter(asked::contains).toList();
    }

    /** The login dialog a person sees: one button per made-up person, and Cancel. */
    private String page(@Nullable String scope) {
        StringBuilder choices = new StringBuilder();
        for (GraphPeople.Person person : people.loginable()) {
            choices.append("<li><a class=\"person\" href=\"")
                    .append(HtmlUtils.htmlEscape(withParam(PERSON, person.id())))
                    .append("\">")
                    .append(HtmlUtils.htmlEscape(person.name()))
                    .append("</a></li>");
        }
        return """
                <!doctype html>
                <html lang="ru"><head><meta charset="utf-8"><title>Вход через Facebook (песочница) · Log in with Facebook (sandbox)</title></head>
                <body>
                <h1>Вход через Facebook · Log in with Facebook</h1>
                <p>Песочница TargetBot: выберите, от чьего имени продолжить. Приложение просит разрешения: %s.</p>
                <p>TargetBot sandbox: choose whom to continue as. The app asks for: %s.</p>
                <ul>%s</ul>
                <p><a class="deny" href="%s">Отмена · Cancel</a></p>
                </body></html>
                """.formatted(
                        HtmlUtils.htmlEscape(scope == null ? "—" : scope),
                        HtmlUtils.htmlEscape(scope == null ? "—" : scope),
                        choices,
                        HtmlUtils.htmlEscape(withParam(DENY, "true")));
    }

    private static String withParam(String name, String value) {
        return ServletUriComponentsBuilder.fromCurrentRequest()
                .replaceQueryParam(name, value)
                .build()
                .toUriString();
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

    private record Code(String redirectUri, GraphPeople.Person person, List<String> scopes) {}

    record AccessToken(
            @JsonProperty("access_token") String accessToken,
            @JsonProperty("token_type") String tokenType,
            @JsonProperty("expires_in") long expiresIn) {}
}
