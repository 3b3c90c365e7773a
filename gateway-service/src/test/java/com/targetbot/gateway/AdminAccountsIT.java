package com.targetbot.gateway;

import static com.targetbot.gateway.Browser.assertThatProblem;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;

class AdminAccountsIT extends GatewayIntegration {

    @Test
    void newAccountMustChangeItsInitialPasswordBeforeAnythingElse() {
        String username = createAccount("viewer");
        var browser = new Browser(client);

        EntityExchangeResult<byte[]> login = browser.login(username, INITIAL_PASSWORD);
        assertThat(Browser.json(login).path("mustChangePassword").booleanValue())
                .isTrue();
        EntityExchangeResult<byte[]> blocked = browser.get("/api/dashboard");
        assertThat(blocked.getStatus()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(Browser.json(blocked).path("detail").stringValue()).startsWith("Password change required");
        assertThat(browser.post("/api/auth/password", passwordChange(INITIAL_PASSWORD, "short"))
                        .getStatus())
                .isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(browser.post("/api/auth/password", passwordChange("not-the-password", NEW_PASSWORD))
                        .getStatus())
                .isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(browser.post("/api/auth/password", passwordChange(INITIAL_PASSWORD, NEW_PASSWORD))
                        .getStatus())
                .isEqualTo(HttpStatus.NO_CONTENT);

        assertThat(browser.get("/api/dashboard").getStatus()).isEqualTo(HttpStatus.OK);
        assertThat(Browser.json(browser.get("/api/auth/me"))
                        .path("mustChangePassword")
                        .booleanValue())
                .isFalse();
        assertThat(new Browser(client).login(username, INITIAL_PASSWORD).getStatus())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(new Browser(client).login(username, NEW_PASSWORD).getStatus())
                .isEqualTo(HttpStatus.OK);
    }

    @Test
    void viewerReadsButCannotWrite() {
        var viewer = signedIn(createAccount("viewer"));

        assertThat(viewer.get("/api/dashboard").getStatus()).isEqualTo(HttpStatus.OK);
        assertThat(viewer.get("/api/leads/" + UUID.randomUUID()).getStatus()).isEqualTo(HttpStatus.OK);
        assertThat(viewer.post("/api/leads", Map.of("name", "Anna", "phone", "+79991234567"))
                        .getStatus())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(viewer.post("/api/reports", Map.of("format", "csv")).getStatus())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(viewer.post("/meta/sync", null).getStatus()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void managerWritesLeadsButManagesNeitherAdminsNorKeys() {
        var manager = signedIn(createAccount("manager"));

        assertThat(manager.post("/api/leads", Map.of("name", "Anna", "phone", "+79991234567"))
                        .getStatus())
                .isEqualTo(HttpStatus.ACCEPTED);
        assertThat(manager.get("/api/keys").getStatus()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(manager.post("/api/keys", Map.of("label", "x", "scopes", List.of("leads:read")))
                        .getStatus())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(manager.get("/api/admins").getStatus()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(manager.post("/api/admins", newAccount("manager")).getStatus())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(manager.post("/meta/sync", null).getStatus()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void disablingAnAccountEndsItsSessionAtOnceAndRoleChangesApplyToTheLiveSession() {
        String username = createAccount("viewer");
        var viewer = signedIn(username);
        var admin = signedInAdmin();

        assertThat(admin.patch("/api/admins/" + username, Map.of("role", "manager"))
                        .getStatus())
                .isEqualTo(HttpStatus.OK);
        assertThat(Browser.json(viewer.get("/api/auth/me")).path("role").stringValue())
                .isEqualTo("manager");
        EntityExchangeResult<byte[]> disabled = admin.patch("/api/admins/" + username, Map.of("enabled", false));

        assertThat(Browser.json(disabled).path("enabled").booleanValue()).isFalse();
        assertThat(viewer.get("/api/auth/me").getStatus()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(new Browser(client).login(username, NEW_PASSWORD).getStatus())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(Browser.json(admin.get("/api/admins")).path("items").findValuesAsString("username"))
                .contains("admin", username);
    }

    @Test
    void accountsAreValidatedAndUnique() {
        var admin = signedInAdmin();
        Map<String, Object> account = newAccount("viewer");

        assertThat(admin.post("/api/admins", account).getStatus()).isEqualTo(HttpStatus.CREATED);
        assertThat(admin.post("/api/admins", account).getStatus()).isEqualTo(HttpStatus.CONFLICT);
        EntityExchangeResult<byte[]> invalid =
                admin.post("/api/admins", Map.of("username", "Not Valid!", "role", "owner", "password", "short"));
        assertThatProblem(invalid)
                .hasStatus(400)
                .hasFieldErrorsOn("username", "role", "password")
                .hasFieldError("username", "invalid_format")
                .hasFieldError("role", "not_allowed")
                .hasFieldError("password", "out_of_range");
        assertThat(admin.patch("/api/admins/admin", Map.of("enabled", false)).getStatus())
                .isEqualTo(HttpStatus.BAD_REQUEST);
    }

    @Test
    void oversizedAccountRequestIsRefusedAsTooLarge() {
        EntityExchangeResult<byte[]> result = signedInAdmin()
                .post("/api/admins", Map.of("username", "big", "role", "viewer", "password", "x".repeat(8 * 1024)));

        assertThat(result.getStatus()).isEqualTo(HttpStatus.CONTENT_TOO_LARGE);
        assertThat(result.getResponseHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    }

    private Browser signedIn(String username) {
        var browser = new Browser(client);
        assertThat(browser.login(username, INITIAL_PASSWORD).getStatus()).isEqualTo(HttpStatus.OK);
        assertThat(browser.post("/api/auth/password", passwordChange(INITIAL_PASSWORD, NEW_PASSWORD))
                        .getStatus())
                .isEqualTo(HttpStatus.NO_CONTENT);
        return browser;
    }

    private String createAccount(String role) {
        Map<String, Object> account = newAccount(role);
        assertThat(signedInAdmin().post("/api/admins", account).getStatus()).isEqualTo(HttpStatus.CREATED);
        return (String) account.get("username");
    }

    private static Map<String, Object> newAccount(String role) {
        return Map.of("username", role + "-" + UUID.randomUUID(), "role", role, "password", INITIAL_PASSWORD);
    }

    private static Map<String, Object> passwordChange(String current, String next) {
        return Map.of("currentPassword", current, "newPassword", next);
    }
}
