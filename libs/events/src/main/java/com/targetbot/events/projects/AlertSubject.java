package com.targetbot.events.projects;

import java.util.Objects;

/**
 * What an alert is about inside its project.
 *
 * @param level {@code project}, {@code account}, {@code campaign}, {@code adset} or {@code ad}
 * @param id the object's id (the project id at the project level)
 * @param name what people call it
 */
public record AlertSubject(String level, String id, String name) {

    public AlertSubject {
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
    }
}
