package com.targetbot.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.targetbot.telegram.invites.Invites;
import com.targetbot.telegram.users.BotRole;
import com.targetbot.testkit.ProblemAssert;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import tools.jackson.databind.JsonNode;

/** The admin panel's reads of bot users and invites, as the gateway routes them. */
class AdminApiIT extends BotIntegration {

    @Autowired
    WebApplicationContext context;

    @Autowired
    Invites invites;

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
    void outstandingInvitesAreListedWithoutTheirLinksAndTheBotIsNamedForTheLinksTheGatewayMints() throws Exception {
        var issued = invites.create(BotRole.MANAGER, null, "admin:olga");
        String token = issued.link().substring(issued.link().indexOf("start=") + "start=".length());

        MockHttpServletResponse list = call(get("/telegram/invites"), 200);
        JsonNode bot = json(call(get("/telegram/bot"), 200));

        assertThat(list.getContentAsString()).doesNotContain(token);
        assertThat(json(list)
                        .get("items")
                        .valueStream()
                        .map(invite -> invite.get("id").asString()))
                .contains(issued.invite().id());
        assertThat(bot.get("username").asString()).isEqualTo("targetbot_sandbox_bot");
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
