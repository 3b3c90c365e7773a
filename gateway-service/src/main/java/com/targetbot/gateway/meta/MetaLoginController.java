package com.targetbot.gateway.meta;

import com.targetbot.gateway.auth.AdminPrincipal;
import com.targetbot.gateway.auth.AdminRole;
import com.targetbot.gateway.routes.ServicesProperties;
import com.targetbot.gateway.web.Requester;
import java.net.URI;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.reactive.function.client.WebClientResponseException;
import org.springframework.web.server.WebSession;
import org.springframework.web.util.UriComponentsBuilder;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;

/**
 * Connecting a Meta account with Facebook Login. {@code GET /auth/facebook} sends an admin to the login dialog with a
 * fresh {@code state} bound to the admin's session; {@code GET /auth/facebook/callback} takes the admin back, checks
 * that {@code state} (single use: read and deleted at once), and hands the code, never a token, to meta-service,
 * which exchanges it and stores the token. A failure ends on a page saying what happened; nothing is stored.
 */
@RestController
class MetaLoginController {

    static final String START = "/auth/facebook";
    static final String CALLBACK = "/auth/facebook/callback";
    /** The admin UI's Meta page; the query tells it the outcome. */
    static final String CONNECTED = "/admin/?meta=connected#/meta";

    private static final Logger log = LoggerFactory.getLogger(MetaLoginController.class);
    private static final String STATE_PREFIX = "gateway:meta-login:state:";

    private final ReactiveStringRedisTemplate redis;
    private final MetaLoginProperties properties;
    private final WebClient client;
    private final URI exchange;
    private final SecureRandom random = new SecureRandom();

    MetaLoginController(
            ReactiveStringRedisTemplate redis,
            MetaLoginProperties properties,
            WebClient.Builder builder,
            ServicesProperties services) {
        this.redis = redis;
        this.properties = properties;
        this.client = builder.build();
        this.exchange = services.meta().url().resolve("/meta/oauth/exchange");
    }

    @GetMapping(START)
    Mono<ResponseEntity<Void>> start(WebSession session) {
        String state = newState();
        return redis.opsForValue()
                .set(STATE_PREFIX + state, session.getId(), properties.stateTtl())
                .thenReturn(ResponseEntity.status(HttpStatus.FOUND)
                        .location(dialog(state))
                        .cacheControl(CacheControl.noStore())
                        .build());
    }

    /** Open to any browser (Facebook sends it here): the session and the state decide, and failures are pages. */
    @GetMapping(CALLBACK)
    Mono<ResponseEntity<String>> callback(
            @RequestParam(required = false) @Nullable String code,
            @RequestParam(required = false) @Nullable String state,
            @RequestParam(required = false) @Nullable String error,
            @AuthenticationPrincipal @Nullable AdminPrincipal admin,
            WebSession session) {
        if (admin == null || admin.role() != AdminRole.ADMIN || admin.mustChangePassword()) {
            return Mono.just(MetaLoginPage.NOT_SIGNED_IN.render());
        }
        if (state == null || state.isBlank()) {
            return Mono.just(MetaLoginPage.STATE_MISSING.render());
        }
        return redis.opsForValue()
                .getAndDelete(STATE_PREFIX + state)
                .map(startedIn -> finish(startedIn, session, code, error, admin))
                .defaultIfEmpty(Mono.just(MetaLoginPage.STATE_UNKNOWN.render()))
                .flatMap(page -> page);
    }

    private Mono<ResponseEntity<String>> finish(
            String startedIn, WebSession session, @Nullable String code, @Nullable String error, AdminPrincipal admin) {
        if (!startedIn.equals(session.getId())) {
            return Mono.just(MetaLoginPage.OTHER_SESSION.render());
        }
        if (error != null || code == null || code.isBlank()) {
            log.info("Meta login by {} ended without a code: {}", admin.requesterId(), error);
            return Mono.just(MetaLoginPage.DENIED.render());
        }
        return client.post()
                .uri(exchange)
                .header(Requester.HEADER, admin.requesterId())
                .bodyValue(Map.of("code", code, "redirectUri", properties.callbackUrl()))
                .retrieve()
                .bodyToMono(JsonNode.class)
                .timeout(properties.exchangeTimeout())
                .map(connection -> ResponseEntity.status(HttpStatus.FOUND)
                        .location(URI.create(CONNECTED))
                        .cacheControl(CacheControl.noStore())
                        .<String>build())
                .onErrorResume(MetaLoginController::failed);
    }

    private static Mono<ResponseEntity<String>> failed(Throwable failure) {
        if (failure instanceof WebClientResponseException response
                && response.getStatusCode().isSameCodeAs(HttpStatus.UNPROCESSABLE_CONTENT)) {
            JsonNode problem = response.getResponseBodyAs(JsonNode.class);
            String detail = problem == null ? null : problem.path("detail").asString(null);
            List<String> missing = problem == null
                    ? List.of()
                    : problem.path("missingScopes")
                            .valueStream()
                            .map(JsonNode::asString)
                            .toList();
            return Mono.just(MetaLoginPage.REFUSED.render(detail, missing));
        }
        log.warn("Meta login could not be finished by meta-service: {}", failure.toString());
        return Mono.just(MetaLoginPage.UNAVAILABLE.render());
    }

    private URI dialog(String state) {
        return UriComponentsBuilder.fromUri(properties.dialogUrl())
                .path("/" + properties.graphVersion() + "/dialog/oauth")
                .queryParam("client_id", properties.appId())
                .queryParam("redirect_uri", properties.callbackUrl())
                .queryParam("state", state)
                .queryParam("response_type", "code")
                .queryParam("scope", String.join(",", properties.scopes()))
                .encode()
                .build()
                .toUri();
    }

    /** 256 random bits, URL-safe. */
    private String newState() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
