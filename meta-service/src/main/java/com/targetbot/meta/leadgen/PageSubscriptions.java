package com.targetbot.meta.leadgen;

import com.targetbot.meta.graph.GraphApiClient;
import java.util.Map;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.stereotype.Component;

/**
 * Subscribes the app to a page's {@code leadgen} changes ({@code POST /{page}/subscribed_apps}, with the page's
 * token): without it Meta sends no notification for that page's leads. Idempotent on Meta's side, so it is simply
 * repeated on every reconciliation, which also covers pages and connections added since.
 */
@Component
class PageSubscriptions {

    private static final ParameterizedTypeReference<Map<String, Object>> SUCCESS =
            new ParameterizedTypeReference<>() {};

    private final GraphApiClient graph;

    PageSubscriptions(GraphApiClient graph) {
        this.graph = graph;
    }

    void subscribe(PageTokens.ManagedPage page) {
        graph.post(page.token(), page.id(), "subscribed_apps", Map.of("subscribed_fields", "leadgen"), SUCCESS);
    }
}
