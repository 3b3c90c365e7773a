package com.targetbot.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.util.MultiValueMap;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Connecting a Meta account: the gateway's half of Facebook Login (state bound to the session, single use, expiring)
 * against a stub meta-service that finishes the exchange.
 */
class MetaLoginIT extends GatewayIntegration {

    static final String CALLBACK = "http://127.0.0.1:8080/auth/facebook/callback";

    @Autowired
    ReactiveStringRedisTemplate redis;

    @Test
    void adminIsSentToTheLoginDialogWithEveryScopeAndAStateThatLastsTenMinutes() {
        EntityExchangeResult<byte[]> start = signedInAdmin().get("/auth/facebook");

        assertThat(start.getStatus()).isEqualTo(HttpStatus.FOUND);
        URI dialog = start.getResponseHeaders().getLocation();
        assertThat(dialog.toString()).startsWith("https://www.facebook.com/v23.0/dialog/oauth?");
        MultiValueMap<String, String> query = query(dialog);
        assertThat(query.getFirst("client_id")).isEqualTo("sandbox-app");
        assertThat(query.getFirst("redirect_uri")).isEqualTo(CALLBACK);
        assertThat(query.getFirst("response_type")).isEqualTo("code");
        assertThat(query.getFirst("scope").split(","))
                .containsExactly(
                        "ads_read",
                        "ads_management",
                        "leads_retrieval",
                        "pages_show_list",
                        "pages_manage_metadata",
                        "pages_read_engagement",
                        "business_management");
        String state = query.getFirst("state");
        assertThat(state).matches("[A-Za-z0-9_-]{43}");
        assertThat(redis.getExpire("gateway:meta-login:state:" + state).block())
                .isBetween(Duration.ofMinutes(9), Duration.ofMinutes(10));
    }

    @Test
    void loginIsForAdminsOnly() {
        assertThat(new Browser(client).get("/auth/facebook").getStatus()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(Browser.signedInAsNew(client, "manager")
                        .get("/auth/facebook")
                        .getStatus())
                .isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void callbackHandsTheCodeToMetaServiceAndSendsTheAdminToTheMetaPage() {
        Browser admin = signedInAdmin();
        String state = start(admin);

        EntityExchangeResult<byte[]> callback = admin.get(callback("code=granted-once&state=" + state));

        assertThat(callback.getStatus()).isEqualTo(HttpStatus.FOUND);
        assertThat(callback.getResponseHeaders().getLocation()).hasToString("/admin/?meta=connected#/meta");
        assertThat(exchangesWith("granted-once")).singleElement().satisfies(request -> {
            assertThat(request.method()).isEqualTo("POST");
            assertThat(request.body()).contains("\"redirectUri\":\"" + CALLBACK + "\"");
            assertThat(request.headers().get("X-targetbot-principal")).containsExactly("admin:admin");
        });
    }

    @Test
    void stateWorksOnceSoAReplayedCallbackIsRefusedWithAPageAndNotExchanged() {
        Browser admin = signedInAdmin();
        String state = start(admin);
        assertThat(admin.get(callback("code=granted-twice&state=" + state)).getStatus())
                .isEqualTo(HttpStatus.FOUND);

        EntityExchangeResult<byte[]> replay = admin.get(callback("code=granted-twice&state=" + state));

        assertPage(replay, HttpStatus.BAD_REQUEST, "устарела", "expired");
        assertThat(exchangesWith("granted-twice")).hasSize(1);
    }

    @Test
    void tamperedOrMissingStateIsRefusedAndNothingIsExchanged() {
        Browser admin = signedInAdmin();
        String state = start(admin);

        EntityExchangeResult<byte[]> tampered = admin.get(callback("code=tampered&state=" + state.substring(1) + "x"));
        EntityExchangeResult<byte[]> missing = admin.get(callback("code=tampered"));

        assertPage(tampered, HttpStatus.BAD_REQUEST, "устарела", "expired");
        assertPage(missing, HttpStatus.BAD_REQUEST, "неполная", "incomplete");
        assertThat(exchangesWith("tampered")).isEmpty();
    }

    @Test
    void expiredStateIsRefused() {
        Browser admin = signedInAdmin();
        String state = start(admin);
        // What Redis does when the state's ten minutes are over.
        redis.delete("gateway:meta-login:state:" + state).block();

        EntityExchangeResult<byte[]> late = admin.get(callback("code=late&state=" + state));

        assertPage(late, HttpStatus.BAD_REQUEST, "устарела", "expired");
        assertThat(exchangesWith("late")).isEmpty();
    }

    @Test
    void stateStartedInAnotherSessionIsRefusedEvenForTheSameAdmin() {
        String state = start(signedInAdmin());

        EntityExchangeResult<byte[]> elsewhere = signedInAdmin().get(callback("code=elsewhere&state=" + state));

        assertPage(elsewhere, HttpStatus.FORBIDDEN, "другом сеансе", "another session");
        assertThat(exchangesWith("elsewhere")).isEmpty();
    }

    @Test
    void callbackWithoutASessionIsAPageNotAProblemDocument() {
        String state = start(signedInAdmin());

        EntityExchangeResult<byte[]> anonymous =
                new Browser(client).get(callback("code=granted-anonymous&state=" + state));

        assertPage(anonymous, HttpStatus.UNAUTHORIZED, "Войдите", "Sign in");
        assertThat(exchangesWith("granted-anonymous")).isEmpty();
    }

    @Test
    void deniedDialogSaysNothingWasConnected() {
        Browser admin = signedInAdmin();
        String state = start(admin);

        EntityExchangeResult<byte[]> denied = admin.get(callback(
                "error=access_denied&error_code=200&error_description=Permissions+error&error_reason=user_denied"
                        + "&state=" + state));

        assertPage(denied, HttpStatus.OK, "отменили", "cancelled");
    }

    @Test
    void missingPermissionsAreNamedOnThePage() {
        Browser admin = signedInAdmin();
        String state = start(admin);

        EntityExchangeResult<byte[]> refused = admin.get(callback("code=partial&state=" + state));

        assertPage(refused, HttpStatus.UNPROCESSABLE_CONTENT, "ничего не сохранено", "nothing was stored");
        assertThat(body(refused)).contains("<strong class=\"missing-scopes\">leads_retrieval</strong>");
    }

    @Test
    void metaServiceFailingIsAPageAskingToTryAgain() {
        Browser admin = signedInAdmin();
        String state = start(admin);

        assertPage(admin.get(callback("code=broken&state=" + state)), HttpStatus.BAD_GATEWAY, "ещё раз", "Try again");
    }

    @Test
    void connectionsAreRoutedToMetaServiceForAdminsOnly() {
        Browser manager = Browser.signedInAsNew(client, "manager");

        assertThat(manager.get("/meta/connections").getStatus()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(manager.delete("/meta/connections/user-1").getStatus()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(signedInAdmin().delete("/meta/connections/user-2").getStatus())
                .as("the stub has no such connection")
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(stubs.received("/meta/connections/user-1")).isEmpty();
        assertThat(stubs.received("/meta/connections/user-2")).singleElement().satisfies(request -> {
            assertThat(request.method()).isEqualTo("DELETE");
            assertThat(request.headers().get("X-targetbot-principal")).containsExactly("admin:admin");
        });
    }

    private static String start(Browser admin) {
        EntityExchangeResult<byte[]> start = admin.get("/auth/facebook");
        assertThat(start.getStatus()).isEqualTo(HttpStatus.FOUND);
        return query(start.getResponseHeaders().getLocation()).getFirst("state");
    }

    private static String callback(String query) {
        return "/auth/facebook/callback?" + query;
    }

    private List<StubServices.Received> exchangesWith(String code) {
        return stubs.received("/meta/oauth/exchange").stream()
                .filter(request -> request.body().contains("\"code\":\"" + code + "\""))
                .toList();
    }

    private static void assertPage(
            EntityExchangeResult<byte[]> page, HttpStatus status, String russian, String english) {
        assertThat(page.getStatus()).isEqualTo(status);
        assertThat(page.getResponseHeaders().getContentType().isCompatibleWith(MediaType.TEXT_HTML))
                .isTrue();
        assertThat(body(page)).contains(russian, english).doesNotContain("Exception");
    }

    private static String body(EntityExchangeResult<byte[]> page) {
        return new String(page.getResponseBodyContent(), StandardCharsets.UTF_8);
    }

    private static MultiValueMap<String, String> query(URI uri) {
        return UriComponentsBuilder.fromUri(uri).build().getQueryParams();
    }
}
