package com.targetbot.gateway.metawebhook;

import com.targetbot.events.meta.MetaLeadgenReceived;
import com.targetbot.kit.web.FieldError;
import com.targetbot.kit.web.FieldErrorCode;
import com.targetbot.kit.web.InvalidRequestException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Reads Meta's notification ({@code {"object":"page","entry":[{"id","time","changes":[{"field":"leadgen",
 * "value":{...}}]}]}}). Other objects and fields are not ours to handle and yield nothing: they are acknowledged,
 * since Meta retries anything but a 200 for hours.
 */
final class MetaNotifications {

    private MetaNotifications() {}

    /** One event per {@code leadgen} change; a leadgen change without its ids is refused, naming the field. */
    static List<MetaLeadgenReceived> leadgenChanges(JsonNode notification, Instant receivedAt) {
        if (!"page".equals(notification.path("object").asString(""))) {
            return List.of();
        }
        var events = new ArrayList<MetaLeadgenReceived>();
        var errors = new ArrayList<FieldError>();
        JsonNode entries = notification.path("entry");
        for (int e = 0; e < entries.size(); e++) {
            JsonNode entry = entries.get(e);
            JsonNode changes = entry.path("changes");
            for (int c = 0; c < changes.size(); c++) {
                JsonNode change = changes.get(c);
                if (!"leadgen".equals(change.path("field").asString(""))) {
                    continue;
                }
                String at = "entry[" + e + "].changes[" + c + "].value.";
                JsonNode value = change.path("value");
                String leadgenId = id(value.path("leadgen_id"));
                String pageId = firstNonNull(id(value.path("page_id")), id(entry.path("id")));
                JsonNode created = value.path("created_time");
                if (leadgenId == null) {
                    errors.add(new FieldError(at + "leadgen_id", FieldErrorCode.REQUIRED, "must be a Graph id"));
                }
                if (pageId == null) {
                    errors.add(new FieldError(at + "page_id", FieldErrorCode.REQUIRED, "must be a Graph id"));
                }
                if (!created.canConvertToLong()) {
                    errors.add(
                            new FieldError(at + "created_time", FieldErrorCode.INVALID_FORMAT, "must be Unix seconds"));
                }
                if (leadgenId != null && pageId != null && created.canConvertToLong()) {
                    events.add(new MetaLeadgenReceived(
                            leadgenId,
                            pageId,
                            id(value.path("form_id")),
                            firstNonNull(id(value.path("ad_id")), id(value.path("adgroup_id"))),
                            Instant.ofEpochSecond(created.asLong()),
                            receivedAt));
                }
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException("The leadgen change lacks what Meta always sends", errors);
        }
        return events;
    }

    /** Graph ids arrive as strings, but some tools send them as numbers. */
    private static @Nullable String id(JsonNode node) {
        if (node.isString() && !node.asString().isBlank()) {
            return node.asString();
        }
        if (node.isIntegralNumber()) {
            return node.asString();
        }
        return null;
    }

    private static @Nullable String firstNonNull(@Nullable String first, @Nullable String second) {
        return first != null ? first : second;
    }
}
