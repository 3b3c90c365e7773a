package com.targetbot.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.targetbot.testkit.ProblemAssert;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import tools.jackson.databind.JsonNode;

/** The admin panel's API of bot users and invites, as the gateway forwards it. */
class AdminApiIT extends BotIntegration {

    static final String PRINCIPAL = "X-TargetBot-Principal";

    @Autowired
    WebApplicationContext context;

    MockMvc http;

    @BeforeEach
    void bindClient() {
        // Built from the shared context rather than with @AutoConfigureMockMvc, which would start another one.
        http = MockMvcBuilders.webAppContextSetup(context).build();
    }

    @Test
    void usersArePagedByIdWithTheirRoleLanguageAndActivation() throws Exception {
        List<Long> mine = new ArrayList<>();
        mine.add(bot().registered("Иван", "ru", "manager"));
        mine.add(bot().registered("Anna", "en", "client"));
        mine.add(bot().registered("Пётр", "uk", "admin"));

        List<JsonNode> seen = new ArrayList<>();
        String cursor = "";
        do {
            JsonNode page = json(call(get("/telegram/users?limit=2&cursor=" + cursor), 200));
            assertThat(page.get("items").size()).isLessThanOrEqualTo(2);
            page.get("items").forEach(seen::add);
            cursor = page.get("nextCursor").isNull()
                    ? null
                    : page.get("nextCursor").asString();
        } while (cursor != null);

        assertThat(seen.stream().map(user -> Long.parseLong(user.get("id").asString())))
                .isSorted()
                .doesNotHaveDuplicates()
                .containsAll(mine);
        JsonNode ivan = seen.stream()
                .filter(user -> user.get("id").asString().equals(mine.getFirst().toString()))
                .findFirst()
                .orElseThrow();
        assertThat(ivan.get("firstName").asString()).isEqualTo("Иван");
        assertThat(ivan.get("language").asString()).isEqualTo("ru");
        assertThat(ivan.get("role").asString()).isEqualTo("manager");
        assertThat(ivan.get("active").asBoolean()).isTrue();
        assertThat(ivan.get("lastName").isNull()).isTrue();
        assertThat(Instant.parse(ivan.get("registeredAt").asString())).isBefore(Instant.now());
    }

    @Test
    void badPagingIsAProblemNamingTheParameter() throws Exception {
        problem(call(get("/telegram/users?limit=0"), 400)).hasFieldErrorsOn("limit");
        problem(call(get("/telegram/users?limit=201&cursor=abc"), 400))
                .hasFieldErrorsOn("limit", "cursor")
                .hasFieldError("limit", "out_of_range")
                .hasFieldError("cursor", "invalid_format");
    }

    @Test
    void adminChangesARoleAndADeactivatedUserStaysInactiveThroughTheirNextStart() throws Exception {
        long user = bot().registered("Anna", "en", "client");

        JsonNode promoted = json(call(patchJson("/telegram/users/" + user, "{\"role\":\"manager\"}"), 200));
        JsonNode deactivated = json(call(patchJson("/telegram/users/" + user, "{\"active\":false}"), 200));
        bot().say(TelegramUpdates.text(user, "Anna", "en", "/start"));
        bot().awaitMessages(user, 2);

        assertThat(promoted.get("role").asString()).isEqualTo("manager");
        assertThat(deactivated.get("active").asBoolean()).isFalse();
        assertThat(deactivated.get("role").asString()).isEqualTo("manager");
        assertThat(redis.opsForHash().get("telegram:user:" + user, "active")).isEqualTo("false");

        JsonNode reactivated = json(call(patchJson("/telegram/users/" + user, "{\"active\":true}"), 200));
        assertThat(reactivated.get("active").asBoolean()).isTrue();
    }

    @Test
    void changeWithAnUnknownFieldOrRoleIsABadRequestAndAnUnknownUserNotFound() throws Exception {
        long user = bot().registered("Пётр", "ru", "client");

        MockHttpServletResponse bad = call(
                patchJson("/telegram/users/" + user, "{\"role\":\"owner\",\"nickname\":\"x\",\"active\":\"yes\"}"),
                400);

        assertThat(bad.getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        assertThat(errorFields(bad)).containsExactlyInAnyOrder("role", "nickname", "active");
        assertThat(redis.opsForHash().get("telegram:user:" + user, "role")).isEqualTo("client");
        MockHttpServletResponse unknown = call(patchJson("/telegram/users/42", "{\"role\":\"admin\"}"), 404);
        assertThat(unknown.getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    }

    @Test
    void inviteIsCreatedWithItsLinkOnceListedWithoutItAndRevoked() throws Exception {
        Instant before = Instant.now();

        JsonNode created = json(call(
                post("/telegram/invites")
                        .header(PRINCIPAL, "admin:olga")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"role\":\"manager\",\"ttlHours\":24}"),
                201));
        JsonNode lasting = json(call(
                post("/telegram/invites")
                        .header(PRINCIPAL, "admin:olga")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"role\":\"client\"}"),
                201));

        String id = created.get("id").asString();
        String link = created.get("link").asString();
        assertThat(link).matches(InvitesIT.LINK);
        assertThat(created.get("role").asString()).isEqualTo("manager");
        assertThat(created.get("createdBy").asString()).isEqualTo("admin:olga");
        assertThat(Instant.parse(created.get("expiresAt").asString()))
                .isBetween(before.plus(Duration.ofHours(24)), Instant.now().plus(Duration.ofHours(24)));
        assertThat(Instant.parse(lasting.get("expiresAt").asString())).isAfter(before.plus(Duration.ofHours(167)));
        MockHttpServletResponse list = call(get("/telegram/invites"), 200);
        String token = link.substring(link.indexOf("start=") + "start=".length());
        assertThat(list.getContentAsString()).doesNotContain(token);
        assertThat(json(list)
                        .get("items")
                        .valueStream()
                        .map(invite -> invite.get("id").asString()))
                .contains(id, lasting.get("id").asString());

        call(delete("/telegram/invites/" + id), 204);

        assertThat(json(call(get("/telegram/invites"), 200))
                        .get("items")
                        .valueStream()
                        .map(invite -> invite.get("id").asString()))
                .doesNotContain(id);
        call(delete("/telegram/invites/" + id), 404);
        long user = bot().registered("Anna", "en", "client");
        bot().say(TelegramUpdates.text(user, "Anna", "en", "/start " + token));
        assertThat(bot().awaitMessages(user, 2).getLast().text()).contains("This invitation link does not work");
    }

    @Test
    void invalidInviteRequestsAreBadRequestsNamingEveryField() throws Exception {
        MockHttpServletResponse bad = call(
                post("/telegram/invites")
                        .header(PRINCIPAL, "admin:olga")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"role\":\"owner\",\"ttlHours\":721,\"uses\":2}"),
                400);

        assertThat(errorFields(bad)).containsExactlyInAnyOrder("role", "ttlHours", "uses");
        assertThat(errorFields(call(
                        post("/telegram/invites")
                                .header(PRINCIPAL, "admin:olga")
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("{\"role\":\"client\",\"ttlHours\":0}"),
                        400)))
                .containsExactly("ttlHours");
        call(post("/telegram/invites").contentType(MediaType.APPLICATION_JSON).content("{\"role\":\"client\"}"), 400);
    }

    private RequestBuilder patchJson(String path, String body) {
        return patch(path).contentType(MediaType.APPLICATION_JSON).content(body);
    }

    private MockHttpServletResponse call(RequestBuilder request, int status) throws Exception {
        MockHttpServletResponse response = http.perform(request).andReturn().getResponse();
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(status);
        return response;
    }

    private static JsonNode json(MockHttpServletResponse response) throws Exception {
        return TelegramUpdates.JSON.readTree(response.getContentAsString(StandardCharsets.UTF_8));
    }

    private static ProblemAssert problem(MockHttpServletResponse response) {
        return ProblemAssert.assertThatProblem(
                response.getStatus(), response.getContentType(), response.getContentAsByteArray());
    }

    private static List<String> errorFields(MockHttpServletResponse response) throws Exception {
        return json(response)
                .get("errors")
                .valueStream()
                .map(error -> error.get("field").asString())
                .toList();
    }
}
