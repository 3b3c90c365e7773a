package com.targetbot.telegram.projects;

import com.targetbot.events.projects.Project;
import com.targetbot.events.projects.ProjectChanged;
import com.targetbot.events.projects.ProjectChat;
import com.targetbot.events.projects.ProjectKpi;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Projects as meta-service publishes them, for the tests of the bot's projection and routing. */
public final class TestProjects {

    private TestProjects() {}

    /** A project of one ad account in Moscow time, in roubles, with a target cost per lead. */
    public static Project project(String id, String name, @Nullable ProjectChat client, @Nullable ProjectChat agency) {
        return new Project(
                id,
                name,
                "olga",
                List.of("act_1000001"),
                List.of(),
                List.of(),
                List.of(),
                client,
                agency,
                "Europe/Moscow",
                "RUB",
                new ProjectKpi(new BigDecimal("850"), new BigDecimal("15000"), null, 15));
    }

    public static ProjectChanged changed(Project project, long version) {
        return new ProjectChanged(project, version, Instant.now(), "admin:admin");
    }

    public static ProjectChat chat(long chatId) {
        return new ProjectChat(chatId, null);
    }
}
