package com.targetbot.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.targetbot.e2e.Callers.Caller;
import com.targetbot.stack.LocalStack;
import io.lettuce.core.RedisClient;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Connecting a Meta account as an admin would: the gateway's /auth/facebook, the sandbox's Login dialog (in its
 * automatic mode, as one of its made-up people), the callback, and meta-service keeping the token encrypted.
 */
class MetaConnectIT {

    static final String OLGA = "10000000000002";
    static final String OLGA_TOKEN = "sandbox-token-olga";

    private static LocalStack stack;
    private static Callers callers;
    private static Http sandbox;

    @BeforeAll
    static void startTheWholeSystem() {
        stack = E2eStack.get();
        callers = new Callers(stack);
        sandbox = new Http(stack.config().url("sandbox"));
    }

    @Test
    void adminConnectsThroughTheLoginDialogAndTheTokenIsStoredEncrypted() {
        Caller admin = callers.session("admin");

        HttpResponse<String> landed = login(admin, "&sandbox_person=" + OLGA);

        assertThat(landed.statusCode()).as(landed.body()).isEqualTo(302);
        assertThat(landed.headers().firstValue("Location")).hasValue("/admin/?meta=connected#/meta");
        HttpResponse<String> listed = admin.get("/meta/connections");
        assertThat(listed.statusCode()).isEqualTo(200);
        assertThat(listed.body()).doesNotContain(OLGA_TOKEN);
        JsonNode olga = Http.json(listed)
                .valueStream()
                .filter(connection -> connection.get("id").asString().equals("user-" + OLGA))
                .findFirst()
                .orElseThrow();
        assertThat(olga.get("name").asString()).isEqualTo("Ольга Кузнецова");
        assertThat(olga.get("status").asString()).isEqualTo("ACTIVE");
        assertThat(olga.get("createdBy").asString()).startsWith("admin:admin-");
        List<String> stored = everyValueUnderMeta();
        assertThat(stored).anyMatch(value -> value.contains("\"id\":\"user-" + OLGA + "\""));
        assertThat(stored).noneMatch(value -> value.contains(OLGA_TOKEN));

        assertThat(admin.delete("/meta/connections/user-" + OLGA).statusCode()).isEqualTo(204);
        assertThat(admin.get("/meta/connections").body()).doesNotContain("user-" + OLGA);
    }

    @Test
    void deniedDialogEndsOnAPageAndConnectsNothing() {
        Caller admin = callers.session("admin");

        HttpResponse<String> landed = login(admin, "&sandbox_deny=true");

        assertThat(landed.statusCode()).isEqualTo(200);
        assertThat(landed.body()).contains("отменили", "cancelled");
        assertThat(admin.get("/meta/connections").body()).doesNotContain("\"user-10000000000003\"");
    }

    @Test
    void managerCannotStartALogin() {
        assertThat(callers.session("manager").get("/auth/facebook").statusCode())
                .isEqualTo(403);
    }

    /**
     * Follows the login as the browser would: the gateway's redirect to the dialog, the dialog's answer (chosen by
     * {@code sandboxChoice}) back to the gateway's callback; returns the callback's answer.
     */
    private static HttpResponse<String> login(Caller admin, String sandboxChoice) {
        HttpResponse<String> start = admin.get("/auth/facebook");
        assertThat(start.statusCode()).as(start.body()).isEqualTo(302);
        String dialog = start.headers().firstValue("Location").orElseThrow();
        assertThat(dialog).startsWith(stack.config().url("sandbox"));
        HttpResponse<String> answered = sandbox.get(dialog + sandboxChoice, Map.of());
        assertThat(answered.statusCode()).as(answered.body()).isEqualTo(302);
        URI callback = URI.create(answered.headers().firstValue("Location").orElseThrow());
        assertThat(callback.getPath()).isEqualTo("/auth/facebook/callback");
        // The fragment (#_=_) stays in the browser.
        return admin.get(callback.getRawPath() + "?" + callback.getRawQuery());
    }

    /** What someone reading meta-service's part of Redis would see. */
    private static List<String> everyValueUnderMeta() {
        try (var redis =
                        RedisClient.create("redis://127.0.0.1:" + stack.config().port("redis"));
                var connection = redis.connect()) {
            var commands = connection.sync();
            List<String> values = new ArrayList<>();
            for (String key : commands.keys("meta:*")) {
                switch (commands.type(key)) {
                    case "string" -> values.add(commands.get(key));
                    case "zset" -> values.addAll(commands.zrange(key, 0, -1));
                    case "hash" -> values.addAll(commands.hgetall(key).values());
                    default -> values.add(key);
                }
            }
            return values;
        }
    }
}
