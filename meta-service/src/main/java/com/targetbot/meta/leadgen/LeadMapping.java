package com.targetbot.meta.leadgen;

import com.targetbot.events.leads.Attribution;
import com.targetbot.events.leads.Contact;
import com.targetbot.events.leads.CreateLead;
import com.targetbot.events.leads.LeadSource;
import com.targetbot.events.leads.MetaAd;
import com.targetbot.events.leads.PhoneNumbers;
import com.targetbot.events.leads.Utm;
import com.targetbot.kit.kafka.RejectedEventException;
import com.targetbot.meta.graph.GraphTime;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * A Lead Ads lead as the command leads-service stores: Meta's standard questions become the contact, every
 * other answer (custom questions, a phone number that is no phone number) is kept in the comment as
 * {@code question: answer} lines, and the ad's ids and names become the attribution.
 */
@Component
class LeadMapping {

    private static final Set<String> CONTACT_FIELDS =
            Set.of("full_name", "first_name", "last_name", "phone_number", "email");

    private final PhoneNumbers phoneNumbers;

    LeadMapping(PhoneNumbers phoneNumbers) {
        this.phoneNumbers = phoneNumbers;
    }

    CreateLead toCommand(GraphLead lead, String pageId) {
        Instant created = createdTime(lead);
        Map<String, String> answers = new LinkedHashMap<>();
        lead.answers().forEach(answer -> answers.putIfAbsent(answer.name(), answer.value()));
        List<String> comment = new ArrayList<>();
        String typedPhone = blankToNull(answers.get("phone_number"));
        Optional<String> phone = typedPhone == null ? Optional.empty() : phoneNumbers.toE164(typedPhone);
        if (typedPhone != null && phone.isEmpty()) {
            comment.add("phone_number: " + typedPhone);
        }
        answers.forEach((question, value) -> {
            if (!CONTACT_FIELDS.contains(question) && !value.isBlank()) {
                comment.add(question + ": " + value);
            }
        });
        String email = blankToNull(answers.get("email"));
        return new CreateLead(
                LeadIds.of(lead.id(), created),
                new Contact(name(answers, email, typedPhone, lead.id()), phone.orElse(null), email),
                comment.isEmpty() ? null : String.join("\n", comment),
                LeadSource.META_LEADGEN,
                new Attribution(
                        Utm.NONE,
                        new MetaAd(
                                lead.campaignId(),
                                lead.adId(),
                                lead.formId(),
                                lead.adsetId(),
                                lead.campaignName(),
                                lead.adName())),
                created,
                "meta:page:" + pageId);
    }

    static Instant createdTime(GraphLead lead) {
        try {
            return GraphTime.FORMAT.parse(lead.createdTime(), Instant::from);
        } catch (DateTimeParseException e) {
            throw new RejectedEventException("lead " + lead.id() + " has an unreadable created_time");
        }
    }

    /** Forms ask for the full name, or for first and last name; a form without either still names its lead. */
    private static String name(
            Map<String, String> answers, @Nullable String email, @Nullable String phone, String leadgenId) {
        String full = blankToNull(answers.get("full_name"));
        if (full != null) {
            return full;
        }
        String parts = String.join(
                        " ", List.of(answers.getOrDefault("first_name", ""), answers.getOrDefault("last_name", "")))
                .trim();
        if (!parts.isEmpty()) {
            return parts;
        }
        if (email != null) {
            return email;
        }
        return phone != null ? phone : "Meta lead " + leadgenId;
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
