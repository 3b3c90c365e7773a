package com.targetbot.meta.connections;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.targetbot.meta.MetaServiceTest;
import com.targetbot.meta.graph.GraphAccessToken;
import com.targetbot.testkit.SandboxFixture;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;
import org.springframework.web.util.UriComponentsBuilder;
import tools.jackson.databind.JsonNode;

/** Connections made by login and by a pasted token, against the sandbox's Graph API, kept in the real Redis. */
@MetaServiceTest
class ConnectionsIT {

    static final String CALLBACK = "http://127.0.0.1:8080/auth/facebook/callback";
    static final String OLGA = "10000000000002";
    static final String OLGA_TOKEN = "sandbox-token-olga";
    static final String SYSTEM_USER_TOKEN = "sandbox-system-user-token";

    @LocalServerPort
    int port;

    @Autowired
    StoredConnections connections;

    @Autowired
    ConnectionRepository repository;

    @Autowired
    StringRedisTemplate redis;

    @Value("${targetbot.meta.connections.encryption.keys.retired}")
    String retiredKey;

    RestClient meta;
    final RestClient sandbox = RestClient.create(SandboxFixture.baseUrl());

    @BeforeEach
    void client() {
        meta = RestClient.create("http://127.0.0.1:" + port);
        sandbox.post().uri("/sandbox/graph/reset").retrieve().toBodilessEntity();
    }

    @AfterEach
    void removeWhatTheTestConnected() {
        connections.all().stream()
                .map(ConnectionView::id)
                .filter(id -> !id.equals(StoredConnections.CONFIGURED))
                .forEach(connections::remove);
        sandbox.post().uri("/sandbox/graph/reset").retrieve().toBodilessEntity();
    }

    @Test
    void loginCodeBecomesAnEncryptedLongLivedConnectionListedWithoutItsToken() {
        ResponseEntity<JsonNode> created = post("/meta/oauth/exchange", exchange(code(OLGA, null)));

        assertThat(created.getStatusCode().value()).isEqualTo(201);
        assertThat(created.getHeaders().getLocation()).hasToString("/meta/connections/user-" + OLGA);
        JsonNode listed = list().stream()
                .filter(connection -> connection.get("id").asString().equals("user-" + OLGA))
                .findFirst()
                .orElseThrow();
        assertThat(listed.get("name").asString()).isEqualTo("Ольга Кузнецова");
        assertThat(listed.get("kind").asString()).isEqualTo("USER");
        assertThat(listed.get("status").asString()).isEqualTo("ACTIVE");
        assertThat(listed.get("createdBy").asString()).isEqualTo("admin:anna");
        assertThat(listed.get("scopes").values()).extracting(JsonNode::asString).contains("business_management");
        assertThat(Instant.parse(listed.get("expiresAt").asString()))
                .isAfter(Instant.now().plusSeconds(86_400 * 59));
        assertThat(listed.toString()).doesNotContain(OLGA_TOKEN).doesNotContain("Token\":");
        assertThat(connections.token("user-" + OLGA)).isEqualTo(new GraphAccessToken(OLGA_TOKEN));
        assertThat(everyValueInRedisUnderMeta()).noneMatch(value -> value.contains(OLGA_TOKEN));
    }

    @Test
    void tokenWithoutEveryRequiredPermissionIsRefusedNamingTheMissingOnesAndNothingIsStored() {
        ResponseEntity<JsonNode> refused =
                post("/meta/oauth/exchange", exchange(code(OLGA, "ads_read,ads_management,pages_show_list")));

        assertThat(refused.getStatusCode().value()).isEqualTo(422);
        assertThat(refused.getBody().get("missingScopes").values())
                .extracting(JsonNode::asString)
                .containsExactly(
                        "leads_retrieval", "pages_manage_metadata", "pages_read_engagement", "business_management");
        assertThat(refused.getBody().get("detail").asString()).contains("leads_retrieval");
        assertThat(ids()).doesNotContain("user-" + OLGA);
    }

    @Test
    void codeUsedTwiceIsRefusedTheSecondTime() {
        Map<String, String> body = exchange(code(OLGA, null));
        assertThat(post("/meta/oauth/exchange", body).getStatusCode().value()).isEqualTo(201);
        connections.remove("user-" + OLGA);

        ResponseEntity<JsonNode> again = post("/meta/oauth/exchange", body);

        assertThat(again.getStatusCode().value()).isEqualTo(422);
        assertThat(again.getBody().get("detail").asString())
                .contains("used or is invalid")
                .doesNotContain(body.get("code"));
        assertThat(ids()).doesNotContain("user-" + OLGA);
    }

    @Test
    void exchangeWithoutACodeNamesTheMissingField() {
        ResponseEntity<JsonNode> refused = post("/meta/oauth/exchange", Map.of("redirectUri", CALLBACK));

        assertThat(refused.getStatusCode().value()).isEqualTo(400);
        assertThat(refused.getBody().at("/errors/0/field").asString()).isEqualTo("code");
    }

    @Test
    void pastedSystemUserTokenIsVettedAndStoredAsANeverExpiringSystemUserConnection() {
        ResponseEntity<JsonNode> created = post("/meta/connections", Map.of("token", SYSTEM_USER_TOKEN));

        assertThat(created.getStatusCode().value()).isEqualTo(201);
        assertThat(created.getBody().get("id").asString()).isEqualTo("system-10000000000900");
        assertThat(created.getBody().get("kind").asString()).isEqualTo("SYSTEM_USER");
        assertThat(created.getBody().get("name").asString()).isEqualTo("TargetBot System User");
        assertThat(created.getBody().get("expiresAt").isNull()).isTrue();
        assertThat(everyValueInRedisUnderMeta()).noneMatch(value -> value.contains(SYSTEM_USER_TOKEN));
    }

    @Test
    void pastedTokenMetaDoesNotAcceptIsRefusedAndNotStored() {
        List<String> before = ids();

        ResponseEntity<JsonNode> refused = post("/meta/connections", Map.of("token", "not-a-token-meta-issued"));

        assertThat(refused.getStatusCode().value()).isEqualTo(422);
        assertThat(refused.getBody().get("detail").asString()).doesNotContain("not-a-token-meta-issued");
        assertThat(ids()).isEqualTo(before);
    }

    @Test
    void removedConnectionIsNoLongerUsedNorListed() {
        post("/meta/connections", Map.of("token", SYSTEM_USER_TOKEN));
        String id = "system-10000000000900";
        assertThat(connections.active()).extracting(MetaConnection::id).contains(id);

        ResponseEntity<JsonNode> removed = meta.delete()
                .uri("/meta/connections/{id}", id)
                .retrieve()
                .onStatus(status -> true, (request, response) -> {})
                .toEntity(JsonNode.class);
        ResponseEntity<JsonNode> again = meta.delete()
                .uri("/meta/connections/{id}", id)
                .retrieve()
                .onStatus(status -> true, (request, response) -> {})
                .toEntity(JsonNode.class);

        assertThat(removed.getStatusCode().value()).isEqualTo(204);
        assertThat(again.getStatusCode().value()).isEqualTo(404);
        assertThat(connections.active()).extracting(MetaConnection::id).doesNotContain(id);
        assertThat(ids()).doesNotContain(id);
        assertThatThrownBy(() -> connections.token(id)).isInstanceOf(NoSuchElementException.class);
        assertThat(redis.hasKey(ConnectionRepository.KEY_PREFIX + id)).isFalse();
    }

    @Test
    void tokenUnderARetiredKeyStillDecryptsAndIsReEncryptedUnderTheCurrentKeyWhenRead() {
        post("/meta/connections", Map.of("token", SYSTEM_USER_TOKEN));
        String id = "system-10000000000900";
        StoredConnection stored = repository.find(id).orElseThrow();
        TokenCipher retired = TokenCipherTests.cipher("retired", Map.of("retired", retiredKey));
        repository.save(stored.withToken(retired.encrypt(id, new GraphAccessToken(SYSTEM_USER_TOKEN))));
        assertThat(repository.find(id).orElseThrow().encryptedToken()).startsWith("retired:");

        GraphAccessToken token = connections.token(id);

        assertThat(token).isEqualTo(new GraphAccessToken(SYSTEM_USER_TOKEN));
        assertThat(repository.find(id).orElseThrow().encryptedToken()).startsWith("local-only:");
    }

    @Test
    void configuredTokenIsBootstrappedAsASystemUserConnection() {
        assertThat(connections.all())
                .filteredOn(connection -> connection.id().equals(StoredConnections.CONFIGURED))
                .singleElement()
                .satisfies(connection -> {
                    assertThat(connection.kind()).isEqualTo(ConnectionKind.SYSTEM_USER);
                    assertThat(connection.createdBy()).isEqualTo("configuration");
                });
        assertThat(connections.token(StoredConnections.CONFIGURED))
                .isEqualTo(new GraphAccessToken("sandbox-user-token"));
    }

    /** A code from the sandbox's dialog in its automatic mode, as the person's browser would bring it back. */
    private String code(String person, String scopes) {
        UriComponentsBuilder dialog = UriComponentsBuilder.fromUriString(SandboxFixture.baseUrl())
                .path("/v23.0/dialog/oauth")
                .queryParam("client_id", "sandbox-app")
                .queryParam("redirect_uri", CALLBACK)
                .queryParam("state", "s")
                .queryParam(
                        "scope",
                        "ads_read,ads_management,leads_retrieval,pages_show_list,pages_manage_metadata,"
                                + "pages_read_engagement,business_management")
                .queryParam("sandbox_person", person);
        if (scopes != null) {
            dialog.queryParam("sandbox_scopes", scopes);
        }
        URI location = sandbox.get()
                .uri(dialog.build().toUri())
                .retrieve()
                .toBodilessEntity()
                .getHeaders()
                .getLocation();
        return UriComponentsBuilder.fromUri(location).build().getQueryParams().getFirst("code");
    }

    private static Map<String, String> exchange(String code) {
        return Map.of("code", code, "redirectUri", CALLBACK);
    }

    private ResponseEntity<JsonNode> post(String path, Map<String, String> body) {
        return meta.post()
                .uri(path)
                .contentType(MediaType.APPLICATION_JSON)
                .header(ConnectionController.REQUESTER, "admin:anna")
                .body(body)
                .retrieve()
                .onStatus(status -> true, (request, response) -> {})
                .toEntity(JsonNode.class);
    }

    private List<JsonNode> list() {
        return meta.get().uri("/meta/connections").retrieve().body(JsonNode.class).values().stream()
                .toList();
    }

    private List<String> ids() {
        return list().stream()
                .map(connection -> connection.get("id").asString())
                .toList();
    }

    /** Every string and sorted-set value the service keeps, as someone reading its Redis would see them. */
    private List<String> everyValueInRedisUnderMeta() {
        List<String> values = new ArrayList<>();
        Set<String> keys = redis.keys("meta:*");
        for (String key : keys) {
            switch (redis.type(key).code()) {
                case "string" -> values.add(redis.opsForValue().get(key));
                case "zset" -> values.addAll(redis.opsForZSet().range(key, 0, -1));
                default -> values.add(key);
            }
        }
        assertThat(values).isNotEmpty();
        return values;
    }
}
