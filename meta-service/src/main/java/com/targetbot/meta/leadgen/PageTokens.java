package com.targetbot.meta.leadgen;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.targetbot.meta.connections.Connections;
import com.targetbot.meta.connections.MetaConnection;
import com.targetbot.meta.graph.GraphAccessToken;
import com.targetbot.meta.graph.GraphApiClient;
import com.targetbot.meta.graph.GraphPage;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.stereotype.Component;

/**
 * The pages the connections manage and their page access tokens, which Lead Ads calls need. The tokens come from
 * each connection's {@code /me/accounts} and live only in this process's memory for a short while: never in
 * Redis, never in a log line ({@link GraphAccessToken} hides itself).
 */
@Component
class PageTokens {

    private static final ParameterizedTypeReference<GraphPage<GraphPageAccount>> ACCOUNTS =
            new ParameterizedTypeReference<>() {};

    private final Connections connections;
    private final GraphApiClient graph;
    private final LeadgenProperties properties;
    private final Clock clock = Clock.systemUTC();
    private Map<String, ManagedPage> pages = Map.of();
    private Instant readAt = Instant.EPOCH;

    PageTokens(Connections connections, GraphApiClient graph, LeadgenProperties properties) {
        this.connections = connections;
        this.graph = graph;
        this.properties = properties;
    }

    /** Every page of every active connection, read afresh. */
    synchronized List<ManagedPage> refresh() {
        Map<String, ManagedPage> read = new LinkedHashMap<>();
        for (MetaConnection connection : connections.active()) {
            GraphAccessToken token = connections.token(connection.id());
            for (GraphPageAccount page :
                    graph.readAll(token, "me", "accounts", "id,name,access_token", Map.of(), ACCOUNTS)) {
                if (page.accessToken() != null && !page.accessToken().isBlank()) {
                    read.putIfAbsent(
                            page.id(),
                            new ManagedPage(
                                    page.id(), page.name(), connection.id(), new GraphAccessToken(page.accessToken())));
                }
            }
        }
        pages = read;
        readAt = clock.instant();
        return List.copyOf(read.values());
    }

    /** The page, from memory while fresh; a page not known yet makes one fresh read (a page added since). */
    synchronized Optional<ManagedPage> page(String pageId) {
        boolean stale = readAt.plus(properties.pageTokenTtl()).isBefore(clock.instant());
        if (stale || !pages.containsKey(pageId)) {
            refresh();
        }
        return Optional.ofNullable(pages.get(pageId));
    }

    /**
     * A page a connection manages.
     *
     * @param token the page access token; hidden from {@code toString}
     */
    record ManagedPage(String id, @Nullable String name, String connectionId, GraphAccessToken token) {}

    record GraphPageAccount(
            String id,
            @Nullable String name,
            @JsonProperty("access_token") @Nullable String accessToken) {}
}
