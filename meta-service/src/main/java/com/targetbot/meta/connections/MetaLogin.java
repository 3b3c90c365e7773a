package com.targetbot.meta.connections;

import com.targetbot.meta.graph.GraphApiClient;
import com.targetbot.meta.graph.GraphApiException;
import com.targetbot.meta.graph.GraphIssuedToken;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Finishes a Facebook login the gateway started: the dialog's code becomes a short-lived token, that a long-lived
 * one, and Meta is asked about it before it is stored. The code arrives here, never a token: tokens are made and
 * kept inside meta-service.
 */
@Service
class MetaLogin {

    private static final Logger log = LoggerFactory.getLogger(MetaLogin.class);

    private final GraphApiClient graph;
    private final TokenVetting vetting;
    private final StoredConnections connections;
    private final Clock clock;

    MetaLogin(GraphApiClient graph, TokenVetting vetting, StoredConnections connections) {
        this.graph = graph;
        this.vetting = vetting;
        this.connections = connections;
        this.clock = Clock.systemUTC();
    }

    /**
     * @param redirectUri the {@code redirect_uri} the dialog was opened with; Meta checks they are identical
     * @param createdBy who logged in ({@code admin:<username>})
     */
    ConnectionView finish(String code, String redirectUri, String createdBy) {
        GraphIssuedToken longLived;
        try {
            longLived = graph.extend(graph.exchangeCode(code, redirectUri).token());
        } catch (GraphApiException e) {
            throw TokenVetting.unanswered(e);
        }
        VettedToken vetted = vetting.vet(longLived.token());
        ConnectionView connection =
                connections.connect(vetted.connectionId(), vetted, longLived.token(), createdBy, clock.instant());
        log.info("Meta connection {} ({}) connected by {}", connection.id(), connection.name(), createdBy);
        return connection;
    }
}
