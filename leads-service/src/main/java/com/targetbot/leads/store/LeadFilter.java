package com.targetbot.leads.store;

import com.targetbot.events.leads.LeadSource;
import com.targetbot.events.leads.LeadStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * What a lead list is narrowed to; every criterion is optional and they combine with AND.
 *
 * @param status only leads in this status
 * @param source only leads from this source
 * @param assignee only leads worked by this person
 * @param phone only leads with this E.164 phone
 * @param email only leads with this e-mail (compared lower-cased)
 * @param from only leads created at or after this instant
 * @param to only leads created before this instant
 * @param projectId only leads of this project
 */
public record LeadFilter(
        @Nullable LeadStatus status,
        @Nullable LeadSource source,
        @Nullable String assignee,
        @Nullable String phone,
        @Nullable String email,
        @Nullable Instant from,
        @Nullable Instant to,
        @Nullable String projectId) {

    public static final LeadFilter NONE = new LeadFilter(null, null, null, null, null, null, null, null);

    /** The per-value indexes holding every lead that can match; the page walks the smallest one. */
    List<String> indexKeys() {
        var keys = new ArrayList<String>();
        if (status != null) {
            keys.add(LeadKeys.byStatus(status));
        }
        if (source != null) {
            keys.add(LeadKeys.bySource(source));
        }
        if (assignee != null) {
            keys.add(LeadKeys.byAssignee(assignee));
        }
        if (phone != null) {
            keys.add(LeadKeys.byPhone(phone));
        }
        if (email != null) {
            keys.add(LeadKeys.byEmail(email));
        }
        if (projectId != null) {
            keys.add(LeadKeys.byProject(projectId));
        }
        return keys;
    }

    /** Checks a lead read from the walked index against every criterion, the walked one included. */
    boolean matches(Lead lead) {
        long created = lead.createdAt().toEpochMilli();
        return (status == null || status == lead.status())
                && (source == null || source == lead.source())
                && (assignee == null || assignee.equals(lead.assignee()))
                && (phone == null || phone.equals(lead.phone()))
                && (email == null
                        || (lead.email() != null
                                && email.toLowerCase(Locale.ROOT)
                                        .equals(lead.email().toLowerCase(Locale.ROOT))))
                && (projectId == null || projectId.equals(lead.projectId()))
                && (from == null || created >= from.toEpochMilli())
                && (to == null || created < to.toEpochMilli());
    }
}
