package com.targetbot.meta.connections;

import com.targetbot.meta.graph.GraphAccessToken;
import java.time.Instant;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * A token set in the environment ({@code META_ACCESS_TOKEN}: a system user's, or the sandbox's in a local run)
 * becomes the {@code configured} connection at start, so a deployment can work before anyone logs in.
 */
@Component
class ConfiguredTokenBootstrap implements ApplicationRunner {

    private final ConnectionsProperties properties;
    private final StoredConnections connections;

    ConfiguredTokenBootstrap(ConnectionsProperties properties, StoredConnections connections) {
        this.properties = properties;
        this.connections = connections;
    }

    @Override
    public void run(ApplicationArguments args) {
        String token = properties.bootstrapToken();
        if (token != null && !token.isBlank()) {
            connections.bootstrap(new GraphAccessToken(token.strip()), Instant.now());
        }
    }
}
