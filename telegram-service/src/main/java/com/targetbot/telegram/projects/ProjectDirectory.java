package com.targetbot.telegram.projects;

import com.targetbot.events.projects.Project;
import com.targetbot.events.projects.ProjectChat;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The projects feature's API: the bot's projection of {@code projects.events}. Each project is a hash
 * {@code telegram:project:<id>} of its version and its state as JSON (a deleted project keeps only its version, so a
 * late older record cannot bring it back); {@code telegram:projects} lists the live ones and
 * {@code telegram:project-chats:<chat id>} the projects a chat is bound to.
 */
@Component
public class ProjectDirectory {

    static final String PROJECT_PREFIX = "telegram:project:";
    static final String PROJECTS_KEY = "telegram:projects";
    static final String CHAT_PREFIX = "telegram:project-chats:";

    private static final String VERSION = "version";
    private static final String STATE = "project";

    private final StringRedisTemplate redis;
    private final JsonMapper json;

    ProjectDirectory(StringRedisTemplate redis, JsonMapper json) {
        this.redis = redis;
        this.json = json;
    }

    /** The live project, when the bot knows it. */
    public Optional<Project> find(String projectId) {
        Object state = redis.opsForHash().get(PROJECT_PREFIX + projectId, STATE);
        return Optional.ofNullable(state).map(value -> json.readValue(value.toString(), Project.class));
    }

    /** Every live project, by name. */
    public List<Project> all() {
        return byName(redis.opsForSet().members(PROJECTS_KEY));
    }

    /** The live projects the chat is one of the chats of, by name. */
    public List<Project> boundTo(long chatId) {
        return byName(redis.opsForSet().members(CHAT_PREFIX + chatId));
    }

    private List<Project> byName(@Nullable Set<String> ids) {
        return (ids == null ? Stream.<String>empty() : ids.stream())
                .map(this::find)
                .flatMap(Optional::stream)
                .sorted(Comparator.comparing(Project::name).thenComparing(Project::id))
                .toList();
    }

    /** Whether the chat is one of the chats of any project. */
    public boolean isBound(long chatId) {
        Long size = redis.opsForSet().size(CHAT_PREFIX + chatId);
        return size != null && size > 0;
    }

    /**
     * Keeps the project's state unless the bot holds its version or a newer one.
     *
     * @return whether the state was taken
     */
    boolean change(Project project, long version) {
        if (!isNewer(project.id(), version)) {
            return false;
        }
        unindex(project.id());
        redis.opsForHash()
                .putAll(
                        PROJECT_PREFIX + project.id(),
                        Map.of(VERSION, Long.toString(version), STATE, json.writeValueAsString(project)));
        redis.opsForSet().add(PROJECTS_KEY, project.id());
        chats(project).forEach(chat -> redis.opsForSet().add(CHAT_PREFIX + chat.chatId(), project.id()));
        return true;
    }

    /**
     * Forgets the project and its chats unless the bot holds a newer version, keeping the version it was deleted at.
     *
     * @return whether it was forgotten
     */
    boolean delete(String projectId, long version) {
        if (!isNewer(projectId, version)) {
            return false;
        }
        unindex(projectId);
        redis.opsForSet().remove(PROJECTS_KEY, projectId);
        redis.opsForHash().delete(PROJECT_PREFIX + projectId, STATE);
        redis.opsForHash().put(PROJECT_PREFIX + projectId, VERSION, Long.toString(version));
        return true;
    }

    private boolean isNewer(String projectId, long version) {
        Object held = redis.opsForHash().get(PROJECT_PREFIX + projectId, VERSION);
        return held == null || Long.parseLong(held.toString()) < version;
    }

    private void unindex(String projectId) {
        find(projectId)
                .ifPresent(old ->
                        chats(old).forEach(chat -> redis.opsForSet().remove(CHAT_PREFIX + chat.chatId(), projectId)));
    }

    /** The project's chats: the client's group and the agency's chat, each when set. */
    public static List<ProjectChat> chats(Project project) {
        return Stream.of(project.clientChat(), project.agencyChat())
                .filter(Objects::nonNull)
                .toList();
    }

    /** The chat's place in the project: its forum topic when it has one, as a lead notice needs. */
    public static @Nullable Integer topicIn(Project project, long chatId) {
        return chats(project).stream()
                .filter(chat -> chat.chatId() == chatId)
                .map(ProjectChat::topicId)
                .filter(Objects::nonNull)
                .findFirst()
                .orElse(null);
    }
}
