package com.targetbot.leads.commands;

import com.targetbot.events.leads.CreateLead;
import com.targetbot.kit.kafka.RejectedEventException;
import java.util.regex.Pattern;

/**
 * What a {@code CreateLead} must hold before it is stored. The gateway validates the contact data; this
 * guards the invariants the store relies on, whoever produced the command.
 */
final class CreateLeadValidation {

    /** Lead ids become Redis keys and URL path segments: UUIDs from the gateway fit, anything odd is refused. */
    private static final Pattern LEAD_ID = Pattern.compile("[A-Za-z0-9-]{1,64}");

    private CreateLeadValidation() {}

    /**
     * @throws RejectedEventException naming the first problem, when the command can never be stored
     */
    static void check(CreateLead command) {
        if (!LEAD_ID.matcher(command.leadId()).matches()) {
            throw new RejectedEventException("lead id must be 1-64 letters, digits or dashes");
        }
        if (command.contact().name().isBlank()) {
            throw new RejectedEventException("name is blank");
        }
        if (command.requestedBy().isBlank()) {
            throw new RejectedEventException("requestedBy is blank");
        }
    }
}
