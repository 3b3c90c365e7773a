package com.targetbot.gateway.leads;

import com.targetbot.events.leads.Attribution;
import com.targetbot.events.leads.Contact;
import com.targetbot.events.leads.MetaAd;
import com.targetbot.events.leads.PhoneNumbers;
import com.targetbot.events.leads.Utm;
import com.targetbot.kit.web.FieldError;
import com.targetbot.kit.web.FieldErrorCode;
import com.targetbot.kit.web.InvalidRequestException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Validates a lead request body and names every wrong field at once. Only the known fields (contact data and
 * the optional attribution: {@code utmSource}, {@code utmMedium}, {@code utmCampaign}, {@code utmContent},
 * {@code utmTerm}, {@code metaCampaignId}, {@code metaAdId}, {@code metaFormId}) are read: anything else (an
 * {@code id} or {@code status} included) is ignored, since both are decided here.
 */
final class LeadValidator {

    static final int MAX_NAME_LENGTH = 200;
    static final int MAX_COMMENT_LENGTH = 2000;
    static final int MAX_TAG_LENGTH = 200;
    private static final int MAX_EMAIL_LENGTH = 254;
    // Pragmatic check of the address shape; deliverability is not the gateway's to judge.
    private static final Pattern EMAIL = Pattern.compile(
            "[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+");

    private final PhoneNumbers phones;

    LeadValidator(PhoneNumbers phones) {
        this.phones = phones;
    }

    NewLead validate(JsonNode body) {
        List<FieldError> errors = new ArrayList<>();
        String name = text(body, "name", errors);
        String rawPhone = text(body, "phone", errors);
        String email = text(body, "email", errors);
        String comment = text(body, "comment", errors);

        if (name == null) {
            if (errors.stream().noneMatch(error -> error.field().equals("name"))) {
                errors.add(new FieldError("name", FieldErrorCode.REQUIRED, "is required"));
            }
        } else if (name.length() > MAX_NAME_LENGTH) {
            errors.add(new FieldError(
                    "name", FieldErrorCode.TOO_LONG, "must be at most " + MAX_NAME_LENGTH + " characters"));
        }
        String phone = null;
        if (rawPhone != null) {
            switch (phones.normalise(rawPhone)) {
                case PhoneNumbers.Normalised(String e164) -> phone = e164;
                case PhoneNumbers.Rejected(PhoneNumbers.Reason reason) ->
                    errors.add(new FieldError(
                            "phone", FieldErrorCode.INVALID_FORMAT, "is not a valid phone number: " + reason.text()));
            }
        }
        if (email != null
                && (email.length() > MAX_EMAIL_LENGTH || !EMAIL.matcher(email).matches())) {
            errors.add(new FieldError("email", FieldErrorCode.INVALID_FORMAT, "is not a valid e-mail address"));
        }
        if (isAbsent(body, "phone") && isAbsent(body, "email")) {
            errors.add(new FieldError("phone", FieldErrorCode.REQUIRED, "phone or email is required"));
            errors.add(new FieldError("email", FieldErrorCode.REQUIRED, "phone or email is required"));
        }
        if (comment != null && comment.length() > MAX_COMMENT_LENGTH) {
            errors.add(new FieldError(
                    "comment", FieldErrorCode.TOO_LONG, "must be at most " + MAX_COMMENT_LENGTH + " characters"));
        }
        var attribution = new Attribution(
                new Utm(
                        tag(body, "utmSource", errors),
                        tag(body, "utmMedium", errors),
                        tag(body, "utmCampaign", errors),
                        tag(body, "utmContent", errors),
                        tag(body, "utmTerm", errors)),
                new MetaAd(
                        tag(body, "metaCampaignId", errors),
                        tag(body, "metaAdId", errors),
                        tag(body, "metaFormId", errors)));
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
        return new NewLead(new Contact(name, phone, email), comment, attribution);
    }

    /** An optional attribution value: UTM tags and Meta ids are short opaque strings. */
    private static @Nullable String tag(JsonNode body, String field, List<FieldError> errors) {
        String value = text(body, field, errors);
        if (value != null && value.length() > MAX_TAG_LENGTH) {
            errors.add(new FieldError(
                    field, FieldErrorCode.TOO_LONG, "must be at most " + MAX_TAG_LENGTH + " characters"));
            return null;
        }
        return value;
    }

    /** The field's trimmed text; null when absent, null or blank; an error when it is not a string. */
    private static @Nullable String text(JsonNode body, String field, List<FieldError> errors) {
        JsonNode value = body.path(field);
        if (value.isMissingNode() || value.isNull()) {
            return null;
        }
        if (!value.isString()) {
            errors.add(new FieldError(field, FieldErrorCode.INVALID_FORMAT, "must be a string"));
            return null;
        }
        String text = value.stringValue().strip();
        return text.isEmpty() ? null : text;
    }

    private static boolean isAbsent(JsonNode body, String field) {
        JsonNode value = body.path(field);
        return value.isMissingNode()
                || value.isNull()
                || (value.isString() && value.stringValue().isBlank());
    }
}
