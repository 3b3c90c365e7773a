package com.targetbot.meta.connections;

import com.targetbot.meta.graph.GraphAccessToken;
import com.targetbot.meta.graph.GraphApiClient;
import java.util.List;
import java.util.NoSuchElementException;
import org.springframework.stereotype.Component;

/** The single connection of the configured token ({@code targetbot.meta.graph.access-token}). */
@Component
class ConfiguredConnection implements Connections {

    static final MetaConnection CONFIGURED = new MetaConnection("configured", "Configured token");

    private final GraphApiClient graph;

    ConfiguredConnection(GraphApiClient graph) {
        this.graph = graph;
    }

    @Override
    public List<MetaConnection> active() {
        return List.of(CONFIGURED);
    }

    @Override
    public GraphAccessToken token(String connectionId) {
        if (!CONFIGURED.id().equals(connectionId)) {
            throw new NoSuchElementException("no Meta connection " + connectionId);
        }
        return graph.configuredToken();
    }
}
