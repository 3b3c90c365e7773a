package com.targetbot.leads.store;

import com.targetbot.events.leads.LeadSource;
import com.targetbot.events.leads.LeadStatus;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A lead as the fields of its Redis hash. Absent optional values are left out; enums are written in their
 * lower-case wire form so the hash reads like the JSON.
 */
final class LeadHash {

    /** Set once {@code LeadCreated} was acknowledged by the broker; not part of the lead itself. */
    static final String ANNOUNCED_AT = "announcedAt";

    private LeadHash() {}

    static Map<String, String> write(Lead lead) {
        var fields = new LinkedHashMap<String, String>();
        fields.put("id", lead.id());
        fields.put("name", lead.name());
        putIfPresent(fields, "phone", lead.phone());
        putIfPresent(fields, "email", lead.email());
        putIfPresent(fields, "comment", lead.comment());
        fields.put("source", lead.source().name().toLowerCase(Locale.ROOT));
        fields.put("status", lead.status().name().toLowerCase(Locale.ROOT));
        fields.put("createdAt", lead.createdAt().toString());
        fields.put("createdBy", lead.createdBy());
        return fields;
    }

    static Lead read(Map<String, String> fields) {
        return new Lead(
                required(fields, "id"),
                required(fields, "name"),
                fields.get("phone"),
                fields.get("email"),
                fields.get("comment"),
                LeadSource.valueOf(required(fields, "source").toUpperCase(Locale.ROOT)),
                LeadStatus.valueOf(required(fields, "status").toUpperCase(Locale.ROOT)),
                Instant.parse(required(fields, "createdAt")),
                required(fields, "createdBy"));
    }

    private static void putIfPresent(Map<String, String> fields, String name, @Nullable String value) {
        if (value != null) {
            fields.put(name, value);
        }
    }

    private static String required(Map<String, String> fields, String name) {
        String value = fields.get(name);
        if (value == null) {
            throw new IllegalStateException("lead hash " + fields.get("id") + " lacks field " + name);
        }
        return value;
    }
}
