package com.targetbot.meta.connections;

import com.targetbot.meta.graph.GraphAccessToken;
import java.time.Instant;
import java.util.List;
import java.util.NoSuchElementException;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * The connections kept in Redis with their tokens encrypted: what the service calls Meta through, what admins list
 * and remove, and what the token watch records its findings on. A token read under an old key is re-encrypted under
 * the current one, so rotating a key needs no separate job.
 */
@Service
public class StoredConnections implements Connections {

    /** The id of the connection made from {@code META_ACCESS_TOKEN}. */
    static final String CONFIGURED = "configured";

    private final ConnectionRepository repository;
    private final TokenCipher cipher;

    StoredConnections(ConnectionRepository repository, TokenCipher cipher) {
        this.repository = repository;
        this.cipher = cipher;
    }

    @Override
    public List<MetaConnection> active() {
        return repository.all().stream()
                .map(StoredConnection::connection)
                .filter(connection -> connection.status() == ConnectionStatus.ACTIVE)
                .map(ConnectionView::connection)
                .toList();
    }

    @Override
    public GraphAccessToken token(String connectionId) {
        StoredConnection connection = existing(connectionId);
        GraphAccessToken token = cipher.decrypt(connection.id(), connection.encryptedToken());
        if (!cipher.isCurrent(connection.encryptedToken())) {
            repository.save(connection.withToken(cipher.encrypt(connection.id(), token)));
        }
        return token;
    }

    /** Every connection, broken ones too, first connected first; never a token. */
    public List<ConnectionView> all() {
        return repository.all().stream().map(StoredConnection::connection).toList();
    }

    /** Records what Meta said about a connection's token; a connection removed meanwhile stays removed. */
    public void recordHealth(
            String connectionId, boolean valid, @Nullable Instant expiresAt, @Nullable String problem, Instant at) {
        repository
                .find(connectionId)
                .ifPresent(stored -> repository.save(new StoredConnection(
                        stored.connection().withHealth(valid, expiresAt, problem, at), stored.encryptedToken())));
    }

    /**
     * Stores a token Meta vouched for. Connecting the same Facebook user again replaces the token and keeps the
     * connection's id and first connection time, so a reconnection repairs the connection others refer to.
     */
    ConnectionView connect(String id, VettedToken vetted, GraphAccessToken token, String createdBy, Instant now) {
        Instant createdAt = repository
                .find(id)
                .map(stored -> stored.connection().createdAt())
                .orElse(now);
        ConnectionView connection = new ConnectionView(
                id,
                vetted.userId(),
                vetted.name(),
                vetted.kind(),
                vetted.scopes(),
                vetted.expiresAt(),
                createdAt,
                createdBy,
                ConnectionStatus.ACTIVE,
                null,
                now);
        repository.save(new StoredConnection(connection, cipher.encrypt(id, token)));
        return connection;
    }

    /**
     * Stores the configuration's token as the {@code configured} system-user connection, unchecked (Meta may be
     * out of reach at start; the token watch asks about it). The same token again leaves the connection as it is.
     */
    void bootstrap(GraphAccessToken token, Instant now) {
        StoredConnection existing = repository.find(CONFIGURED).orElse(null);
        if (existing != null
                && cipher.decrypt(CONFIGURED, existing.encryptedToken()).equals(token)) {
            return;
        }
        ConnectionView configured = new ConnectionView(
                CONFIGURED,
                null,
                "Configured token",
                ConnectionKind.SYSTEM_USER,
                List.of(),
                null,
                existing == null ? now : existing.connection().createdAt(),
                "configuration",
                ConnectionStatus.ACTIVE,
                null,
                null);
        repository.save(new StoredConnection(configured, cipher.encrypt(CONFIGURED, token)));
    }

    /** False when there was no such connection. */
    boolean remove(String connectionId) {
        return repository.delete(connectionId);
    }

    private StoredConnection existing(String connectionId) {
        return repository
                .find(connectionId)
                .orElseThrow(() -> new NoSuchElementException("no Meta connection " + connectionId));
    }
}
