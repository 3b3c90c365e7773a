package com.targetbot.meta.projects;

import com.targetbot.events.projects.ProjectChanged;
import com.targetbot.events.projects.ProjectClaims;
import com.targetbot.events.projects.ProjectDeleted;
import com.targetbot.events.projects.ProjectEvent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataAccessException;
import org.springframework.data.redis.core.RedisOperations;
import org.springframework.data.redis.core.SessionCallback;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/**
 * The projects in Redis, a projection of {@code projects.events}: {@code meta:project:<id>} (the record as JSON),
 * {@code meta:projects} (every id), {@code meta:projects:manager:<login>} (the ids a manager runs) and
 * {@code meta:projects:claims} ({@link ProjectClaims}, what brings a project its leads, to the project that claims
 * it, since each belongs to one project).
 * Callers apply events under the projects' lease ({@link ProjectChanges}), so a read-then-write here is never raced.
 */
@Repository
public class ProjectStore {

    static final String IDS = "meta:projects";
    static final String CLAIMS = "meta:projects:claims";

    private final StringRedisTemplate redis;
    private final JsonMapper json;

    ProjectStore(StringRedisTemplate redis, JsonMapper json) {
        this.redis = redis;
        this.json = json;
    }

    static String key(String projectId) {
        return "meta:project:" + projectId;
    }

    static String managerKey(String login) {
        return "meta:projects:manager:" + login;
    }

    public Optional<ProjectRecord> find(String projectId) {
        String stored = redis.opsForValue().get(key(projectId));
        return Optional.ofNullable(stored).map(value -> json.readValue(value, ProjectRecord.class));
    }

    /** Every project, by name. */
    List<ProjectRecord> all() {
        return read(Objects.requireNonNull(redis.opsForSet().members(IDS)));
    }

    /** The projects a manager runs, by name, read through the manager's index. */
    List<ProjectRecord> managedBy(String login) {
        return read(Objects.requireNonNull(redis.opsForSet().members(managerKey(login))));
    }

    /** The project that claims each of these claims ({@link ProjectClaims}), where one does. */
    public Map<String, String> claimedBy(Collection<String> claims) {
        if (claims.isEmpty()) {
            return Map.of();
        }
        List<String> wanted = List.copyOf(claims);
        List<Object> owners = redis.opsForHash().multiGet(CLAIMS, List.copyOf(wanted));
        Map<String, String> claimed = new HashMap<>();
        for (int i = 0; i < wanted.size(); i++) {
            if (owners.get(i) instanceof String owner) {
                claimed.put(wanted.get(i), owner);
            }
        }
        return claimed;
    }

    /**
     * Applies an event unless the store holds the project at that version or a later one, which makes a redelivery
     * and the replay of the caller's own write harmless. Returns whether it changed anything.
     */
    boolean apply(ProjectEvent event) {
        String projectId = event.projectId();
        @Nullable ProjectRecord current = find(projectId).orElse(null);
        if (current != null && current.version() >= event.version()) {
            return false;
        }
        @Nullable ProjectRecord next = switch (event) {
            case ProjectChanged changed -> ProjectRecord.of(changed);
            case ProjectDeleted deleted -> null;
        };
        if (current == null && next == null) {
            return false;
        }
        redis.execute(new SessionCallback<List<Object>>() {
            @Override
            @SuppressWarnings({"unchecked", "rawtypes"})
            public List<Object> execute(RedisOperations operations) throws DataAccessException {
                operations.multi();
                write(operations, current, next, projectId);
                return operations.exec();
            }
        });
        return true;
    }

    private void write(
            RedisOperations<String, String> operations,
            @Nullable ProjectRecord current,
            @Nullable ProjectRecord next,
            String projectId) {
        if (current != null) {
            List<String> released = new ArrayList<>(ProjectClaims.of(current.project()));
            if (next != null) {
                released.removeAll(ProjectClaims.of(next.project()));
            }
            if (!released.isEmpty()) {
                operations.opsForHash().delete(CLAIMS, released.toArray());
            }
            String manager = current.project().manager();
            if (manager != null) {
                operations.opsForSet().remove(managerKey(manager), projectId);
            }
        }
        if (next == null) {
            operations.delete(key(projectId));
            operations.opsForSet().remove(IDS, projectId);
            return;
        }
        operations.opsForValue().set(key(projectId), json.writeValueAsString(next));
        operations.opsForSet().add(IDS, projectId);
        String manager = next.project().manager();
        if (manager != null) {
            operations.opsForSet().add(managerKey(manager), projectId);
        }
        Map<String, String> claims = new HashMap<>();
        ProjectClaims.of(next.project()).forEach(claim -> claims.put(claim, projectId));
        if (!claims.isEmpty()) {
            operations.opsForHash().putAll(CLAIMS, claims);
        }
    }

    private List<ProjectRecord> read(Collection<String> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<String> values =
                redis.opsForValue().multiGet(ids.stream().map(ProjectStore::key).toList());
        return Objects.requireNonNull(values).stream()
                .filter(Objects::nonNull)
                .map(value -> json.readValue(value, ProjectRecord.class))
                .sorted(Comparator.comparing(
                                (ProjectRecord record) -> record.project().name())
                        .thenComparing(ProjectRecord::id))
                .toList();
    }
}
