package com.targetbot.telegram.leadform;

import com.targetbot.events.leads.PhoneNumbers;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The one-line form {@code Имя | +7 999 123-45-67 | комментарий}: name and phone required, comment optional.
 *
 * @param phone E.164
 */
record OneLineLead(String name, String phone, @Nullable String comment) {

    /** The parsed lead, or why the line is not one. */
    sealed interface Parsed {}

    record Valid(OneLineLead lead) implements Parsed {}

    /** @param reason bundle key of the explanation */
    record Invalid(String reason) implements Parsed {}

    static Parsed parse(String line, PhoneNumbers phones) {
        String[] parts = line.split("\\|", -1);
        if (parts.length < 2 || parts.length > 3) {
            return new Invalid("lead.error.one-line");
        }
        Optional<String> name = LeadDialog.name(parts[0]);
        if (name.isEmpty()) {
            return new Invalid(parts[0].isBlank() ? "lead.error.name-empty" : "lead.error.name-long");
        }
        Optional<String> phone = phones.toE164(parts[1]);
        if (phone.isEmpty()) {
            return new Invalid("lead.error.phone");
        }
        String comment = parts.length == 3 ? parts[2].strip() : "";
        if (comment.length() > LeadDialog.MAX_COMMENT) {
            return new Invalid("lead.error.comment-long");
        }
        return new Valid(new OneLineLead(name.get(), phone.get(), comment.isEmpty() ? null : comment));
    }
}
