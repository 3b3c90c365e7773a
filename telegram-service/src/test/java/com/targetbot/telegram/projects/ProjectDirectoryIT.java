package com.targetbot.telegram.projects;

import static com.targetbot.telegram.projects.TestProjects.changed;
import static com.targetbot.telegram.projects.TestProjects.chat;
import static com.targetbot.telegram.projects.TestProjects.project;
import static org.assertj.core.api.Assertions.assertThat;

import com.targetbot.events.projects.Project;
import com.targetbot.events.projects.ProjectChat;
import com.targetbot.events.projects.ProjectDeleted;
import com.targetbot.testkit.RedisFixture;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;
import tools.jackson.databind.json.JsonMapper;

/** The bot's projection of projects.events over a real Redis (a database of its own). */
class ProjectDirectoryIT {

    private static LettuceConnectionFactory connections;

    private final StringRedisTemplate redis = new StringRedisTemplate(connections);
    private final ProjectDirectory directory =
            new ProjectDirectory(redis, JsonMapper.builder().build());
    private final ProjectUpdates updates = new ProjectUpdates(directory);

    @BeforeAll
    static void connect() {
        connections = RedisFixture.connect(9);
    }

    @AfterAll
    static void disconnect() {
        connections.destroy();
    }

    @BeforeEach
    void empty() {
        redis.getRequiredConnectionFactory().getConnection().serverCommands().flushDb();
    }

    @Test
    void aChangedProjectIsKeptWholeAndFoundByItsChats() {
        Project smile = project("p1", "Улыбка", new ProjectChat(-100L, 42), chat(-200L));

        updates.on(changed(smile, 1));

        assertThat(directory.find("p1")).contains(smile);
        assertThat(directory.all()).containsExactly(smile);
        assertThat(directory.boundTo(-100L)).containsExactly(smile);
        assertThat(directory.boundTo(-200L)).containsExactly(smile);
        assertThat(directory.isBound(-300L)).isFalse();
        assertThat(ProjectDirectory.topicIn(smile, -100L)).isEqualTo(42);
        assertThat(ProjectDirectory.topicIn(smile, -200L)).isNull();
    }

    @Test
    void aNewerVersionMovesTheChatsWhileAnOlderOrEqualOneIsIgnored() {
        updates.on(changed(project("p1", "Улыбка", chat(-100L), null), 2));

        updates.on(changed(project("p1", "Улыбка", chat(-101L), null), 3));
        updates.on(changed(project("p1", "Улыбка (старое)", chat(-102L), null), 3));
        updates.on(changed(project("p1", "Улыбка (ещё старее)", chat(-103L), null), 1));

        assertThat(directory.find("p1")).map(Project::name).contains("Улыбка");
        assertThat(directory.isBound(-100L)).isFalse();
        assertThat(directory.boundTo(-101L)).extracting(Project::id).containsExactly("p1");
        assertThat(directory.isBound(-102L)).isFalse();
        assertThat(directory.isBound(-103L)).isFalse();
    }

    @Test
    void aDeletedProjectLeavesItsChatsAndAnOlderChangeDoesNotBringItBack() {
        updates.on(changed(project("p1", "Улыбка", chat(-100L), chat(-200L)), 4));
        updates.on(changed(project("p2", "Дом", chat(-100L), null), 1));

        updates.on(new ProjectDeleted("p1", 5, Instant.now(), "admin:admin"));
        updates.on(changed(project("p1", "Улыбка", chat(-100L), chat(-200L)), 4));

        assertThat(directory.find("p1")).isEmpty();
        assertThat(directory.all()).extracting(Project::id).containsExactly("p2");
        assertThat(directory.boundTo(-100L)).extracting(Project::id).containsExactly("p2");
        assertThat(directory.isBound(-200L)).isFalse();
    }

    @Test
    void projectsAreListedByName() {
        updates.on(changed(project("p1", "Улыбка", null, null), 1));
        updates.on(changed(project("p2", "Автосалон", null, null), 1));

        assertThat(directory.all()).extracting(Project::name).containsExactly("Автосалон", "Улыбка");
    }
}
