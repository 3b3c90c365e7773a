package com.targetbot.leads.store;

import com.targetbot.events.leads.Attribution;
import com.targetbot.events.leads.Contact;
import com.targetbot.events.leads.LeadSource;
import com.targetbot.events.leads.LeadStatus;
import com.targetbot.events.leads.MetaAd;
import com.targetbot.events.leads.Utm;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * A lead as the fields of its Redis hash: the one mapping between the stored layout, which stays flat so
 * existing hashes read unchanged, and the grouped {@link Lead}. Absent optional values are left out; enums are written in their
 * lower-case wire form so the hash reads like the JSON. The status history lives in the same hash as one
 * JSON array, so a lead and its history are written and erased together.
 */
final class LeadHash {

    /** Set once {@code LeadCreated} was acknowledged by the broker; not part of the lead itself. */
    static final String ANNOUNCED_AT = "announcedAt";

    static final String HISTORY = "history";

    static final String NUMBER = "number";

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<List<StatusChange>> HISTORY_TYPE = new TypeReference<>() {};

    private LeadHash() {}

    static Map<String, String> write(Lead lead) {
        var fields = new LinkedHashMap<String, String>();
        fields.put("id", lead.id());
        putIfPresent(
                fields, NUMBER, lead.number() == null ? null : lead.number().toString());
        fields.put("name", lead.contact().name());
        putIfPresent(fields, "phone", lead.contact().phone());
        putIfPresent(fields, "email", lead.contact().email());
        putIfPresent(fields, "comment", lead.comment());
        fields.put("source", wire(lead.source()));
        fields.put("status", wire(lead.status()));
        fields.put("createdAt", lead.createdAt().toString());
        fields.put("createdBy", lead.createdBy());
        putIfPresent(fields, "assignee", lead.assignee());
        putIfPresent(
                fields,
                "updatedAt",
                lead.updatedAt() == null ? null : lead.updatedAt().toString());
        putIfPresent(fields, "duplicateOf", lead.duplicateOf());
        putIfPresent(fields, "projectId", lead.projectId());
        Utm utm = lead.attribution().utm();
        putIfPresent(fields, "utmSource", utm.source());
        putIfPresent(fields, "utmMedium", utm.medium());
        putIfPresent(fields, "utmCampaign", utm.campaign());
        putIfPresent(fields, "utmContent", utm.content());
        putIfPresent(fields, "utmTerm", utm.term());
        MetaAd meta = lead.attribution().meta();
        putIfPresent(fields, "metaCampaignId", meta.campaignId());
        putIfPresent(fields, "metaAdId", meta.adId());
        putIfPresent(fields, "metaFormId", meta.formId());
        putIfPresent(fields, "metaAdsetId", meta.adsetId());
        putIfPresent(fields, "metaCampaignName", meta.campaignName());
        putIfPresent(fields, "metaAdName", meta.adName());
        if (!lead.history().isEmpty()) {
            fields.put(HISTORY, history(lead.history()));
        }
        return fields;
    }

    static Lead read(Map<String, String> fields) {
        String updatedAt = fields.get("updatedAt");
        String history = fields.get(HISTORY);
        String number = fields.get(NUMBER);
        return new Lead(
                required(fields, "id"),
                new Contact(required(fields, "name"), fields.get("phone"), fields.get("email")),
                fields.get("comment"),
                LeadSource.valueOf(required(fields, "source").toUpperCase(Locale.ROOT)),
                LeadStatus.valueOf(required(fields, "status").toUpperCase(Locale.ROOT)),
                Instant.parse(required(fields, "createdAt")),
                required(fields, "createdBy"),
                fields.get("assignee"),
                updatedAt == null ? null : Instant.parse(updatedAt),
                fields.get("duplicateOf"),
                fields.get("projectId"),
                new Attribution(
                        new Utm(
                                fields.get("utmSource"),
                                fields.get("utmMedium"),
                                fields.get("utmCampaign"),
                                fields.get("utmContent"),
                                fields.get("utmTerm")),
                        new MetaAd(
                                fields.get("metaCampaignId"),
                                fields.get("metaAdId"),
                                fields.get("metaFormId"),
                                fields.get("metaAdsetId"),
                                fields.get("metaCampaignName"),
                                fields.get("metaAdName"))),
                history == null ? List.of() : JSON.readValue(history, HISTORY_TYPE),
                number == null ? null : Long.valueOf(number));
    }

    static String history(List<StatusChange> history) {
        return JSON.writeValueAsString(history);
    }

    static String wire(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
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
