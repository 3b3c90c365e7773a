package com.targetbot.gateway.leads;

import com.targetbot.events.leads.LeadStatus;
import com.targetbot.kit.web.FieldError;
import com.targetbot.kit.web.FieldErrorCode;
import com.targetbot.kit.web.InvalidRequestException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Validates a lead change ({@code PATCH}). Unlike a new lead, any field other than the three a client may
 * change is refused by name: silently ignoring {@code id}, {@code createdAt} or {@code source} would let a
 * client believe it changed them (mass-assignment protection).
 */
final class LeadChangeValidator {

    static final int MAX_ASSIGNEE_LENGTH = 100;
    private static final Set<String> CHANGEABLE = Set.of("status", "assignee", "comment");
    private static final Set<String> STATUSES =
            Arrays.stream(LeadStatus.values()).map(LeadChangeValidator::wire).collect(Collectors.toUnmodifiableSet());

    private LeadChangeValidator() {}

    static LeadChange validate(JsonNode body) {
        List<FieldError> errors = new ArrayList<>();
        for (String field : body.propertyNames()) {
            if (!CHANGEABLE.contains(field)) {
                errors.add(new FieldError(
                        field, FieldErrorCode.NOT_ALLOWED, "cannot be changed; only status, assignee and comment can"));
            }
        }
        String rawStatus = text(body, "status", errors);
        LeadStatus status = null;
        if (rawStatus != null) {
            if (STATUSES.contains(rawStatus)) {
                status = LeadStatus.valueOf(rawStatus.toUpperCase(Locale.ROOT));
            } else {
                errors.add(new FieldError(
                        "status", FieldErrorCode.NOT_ALLOWED, "must be one of new, in_progress, won, lost, spam"));
            }
        }
        String assignee = text(body, "assignee", errors);
        if (assignee != null && assignee.length() > MAX_ASSIGNEE_LENGTH) {
            errors.add(new FieldError(
                    "assignee", FieldErrorCode.TOO_LONG, "must be at most " + MAX_ASSIGNEE_LENGTH + " characters"));
        }
        String comment = text(body, "comment", errors);
        if (comment != null && comment.length() > LeadValidator.MAX_COMMENT_LENGTH) {
            errors.add(new FieldError(
                    "comment",
                    FieldErrorCode.TOO_LONG,
                    "must be at most " + LeadValidator.MAX_COMMENT_LENGTH + " characters"));
        }
        if (errors.isEmpty() && status == null && assignee == null && comment == null) {
            errors.add(new FieldError("body", FieldErrorCode.REQUIRED, "must set status, assignee or comment"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
        return new LeadChange(status, assignee, comment);
    }

    private static @Nullable String text(JsonNode body, String field, List<FieldError> errors) {
        JsonNode value = body.path(field);
        if (value.isMissingNode() || value.isNull()) {
            return null;
        }
        if (!value.isString() || value.stringValue().isBlank()) {
            errors.add(new FieldError(field, FieldErrorCode.REQUIRED, "must be a non-blank string"));
            return null;
        }
        return value.stringValue().strip();
    }

    private static String wire(LeadStatus status) {
        return status.name().toLowerCase(Locale.ROOT);
    }

    /** A change that passed validation; null fields stay as they are. */
    record LeadChange(
            @Nullable LeadStatus status,
            @Nullable String assignee,
            @Nullable String comment) {}
}
