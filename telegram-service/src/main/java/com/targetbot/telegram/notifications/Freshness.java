package com.targetbot.telegram.notifications;

import java.time.Clock;
import java.time.Instant;
import org.springframework.stereotype.Component;

/** Whether an event is still news: the one age limit of every notification the bot sends on its own. */
@Component
public class Freshness {

    private final NotificationProperties properties;
    private final Clock clock;

    Freshness(NotificationProperties properties, Clock clock) {
        this.properties = properties;
        this.clock = clock;
    }

    /** @param happenedAt when the fact the event tells of happened */
    public boolean isNews(Instant happenedAt) {
        return happenedAt.plus(properties.maxAge()).isAfter(clock.instant());
    }
}
