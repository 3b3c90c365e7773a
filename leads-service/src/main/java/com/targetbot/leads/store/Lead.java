package com.targetbot.leads.store;

import com.targetbot.events.leads.LeadSource;
import com.targetbot.events.leads.LeadStatus;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A stored lead; its JSON form is the lead of the HTTP contract.
 *
 * @param id the id chosen at the gateway
 * @param name contact name
 * @param phone phone number as the command gave it, when given
 * @param email e-mail address as the command gave it, when given
 * @param comment free text
 * @param source where the lead came from
 * @param status where the lead stands
 * @param createdAt when leads-service stored it
 * @param createdBy who asked for it: {@code api-key:<prefix>}, {@code admin:<login>} or {@code telegram:<user id>}
 */
public record Lead(
        String id,
        String name,
        @Nullable String phone,
        @Nullable String email,
        @Nullable String comment,
        LeadSource source,
        LeadStatus status,
        Instant createdAt,
        String createdBy) {

    public Lead {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(createdBy, "createdBy");
    }
}
