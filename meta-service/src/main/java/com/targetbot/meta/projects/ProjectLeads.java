package com.targetbot.meta.projects;

import com.targetbot.events.Topics;
import com.targetbot.events.leads.LeadCreated;
import com.targetbot.events.leads.LeadDeleted;
import com.targetbot.events.leads.LeadEvent;
import com.targetbot.events.leads.LeadStatus;
import com.targetbot.events.leads.LeadStatusChanged;
import com.targetbot.events.leads.LeadUpdated;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Each project's leads, counted from {@code leads.events} for its figures: {@code meta:project:<id>:leads} and
 * {@code meta:project:<id>:qualified} are sorted sets of lead ids scored by creation time, so a period of any zone
 * is one {@code ZCOUNT}; {@code meta:project-leads} remembers each counted lead's project and creation time for the
 * lead's later status changes and erasure. A lead is qualified once someone works it and it is not spam: in
 * progress, won or lost.
 */
@Component
class ProjectLeads {

    static final String LEADS_OF_PROJECTS = "meta:project-leads";
    private static final Set<LeadStatus> QUALIFIED =
            EnumSet.of(LeadStatus.IN_PROGRESS, LeadStatus.WON, LeadStatus.LOST);

    private final StringRedisTemplate redis;

    ProjectLeads(StringRedisTemplate redis) {
        this.redis = redis;
    }

    static String leadsKey(String projectId) {
        return "meta:project:" + projectId + ":leads";
    }

    static String qualifiedKey(String projectId) {
        return "meta:project:" + projectId + ":qualified";
    }

    // Idempotent by construction: sorted-set adds and removes by lead id, a hash entry per lead.
    @KafkaListener(topics = Topics.LEADS_EVENTS_NAME, groupId = "${spring.application.name}.project-leads")
    void on(LeadEvent event) {
        switch (event) {
            case LeadCreated created -> created(created);
            case LeadStatusChanged changed -> statusChanged(changed.leadId(), changed.to());
            case LeadDeleted deleted -> deleted(deleted.leadId());
            case LeadUpdated updated -> {
                // Assignee and comment changes do not move a project's figures.
            }
        }
    }

    /** Leads of the project created in [{@code from}, {@code to}). */
    long count(String projectId, Instant from, Instant to) {
        return zcount(leadsKey(projectId), from, to);
    }

    /** Qualified leads of the project created in [{@code from}, {@code to}). */
    long qualified(String projectId, Instant from, Instant to) {
        return zcount(qualifiedKey(projectId), from, to);
    }

    private long zcount(String key, Instant from, Instant to) {
        Long count = redis.opsForZSet().count(key, from.toEpochMilli(), to.toEpochMilli() - 1);
        return count == null ? 0 : count;
    }

    private void created(LeadCreated lead) {
        String projectId = lead.projectId();
        if (projectId == null) {
            return;
        }
        long createdAt = lead.createdAt().toEpochMilli();
        redis.opsForHash().put(LEADS_OF_PROJECTS, lead.leadId(), projectId + " " + createdAt);
        redis.opsForZSet().add(leadsKey(projectId), lead.leadId(), createdAt);
        if (QUALIFIED.contains(lead.status())) {
            redis.opsForZSet().add(qualifiedKey(projectId), lead.leadId(), createdAt);
        }
    }

    private void statusChanged(String leadId, LeadStatus to) {
        Counted counted = counted(leadId);
        if (counted == null) {
            return;
        }
        if (QUALIFIED.contains(to)) {
            redis.opsForZSet().add(qualifiedKey(counted.projectId()), leadId, counted.createdAt());
        } else {
            redis.opsForZSet().remove(qualifiedKey(counted.projectId()), leadId);
        }
    }

    private void deleted(String leadId) {
        Counted counted = counted(leadId);
        if (counted == null) {
            return;
        }
        redis.opsForZSet().remove(leadsKey(counted.projectId()), leadId);
        redis.opsForZSet().remove(qualifiedKey(counted.projectId()), leadId);
        redis.opsForHash().delete(LEADS_OF_PROJECTS, leadId);
    }

    private @Nullable Counted counted(String leadId) {
        Object stored = redis.opsForHash().get(LEADS_OF_PROJECTS, leadId);
        if (!(stored instanceof String value)) {
            return null;
        }
        int space = value.indexOf(' ');
        return new Counted(value.substring(0, space), Long.parseLong(value.substring(space + 1)));
    }

    private record Counted(String projectId, long createdAt) {}
}
