package com.targetbot.leads.store;

import com.targetbot.events.leads.LeadSource;
import com.targetbot.events.leads.LeadStatus;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/** The Redis key layout; every key starts with the service's own prefix {@code leads:}. */
final class LeadKeys {

    /** Every key of the service matches it; the rebuild empties exactly these. */
    static final String PATTERN = "leads:*";

    /** Sorted set of lead ids scored by creation time in epoch milliseconds. */
    static final String BY_CREATED = "leads:by-created";

    /**
     * Sorted set of {@code <word>\0<name>\0<id>} for every word of every lead's name (see {@link NameWords}), all
     * scored 0, for word-prefix lookups by lex range; the name keeps the leads sharing a word in name order.
     */
    static final String BY_NAME = "leads:idx:name";

    static final String TOTAL = "leads:count:total";

    /** The last short number given to a lead; INCR gives the next. */
    static final String LAST_NUMBER = "leads:number:last";

    /** Sorted set of lead ids scored by their short number, to find a lead by the number people say. */
    static final String BY_NUMBER = "leads:idx:number";

    private LeadKeys() {}

    /** Hash holding one lead's fields. */
    static String lead(String id) {
        return "leads:lead:" + id;
    }

    /** Counter of the leads created on one calendar day ({@code yyyy-MM-dd}). */
    static String day(LocalDate day) {
        return "leads:count:day:" + day;
    }

    static String statusCount(LeadStatus status) {
        return "leads:count:status:" + LeadHash.wire(status);
    }

    static String sourceCount(LeadSource source) {
        return "leads:count:source:" + LeadHash.wire(source);
    }

    // The per-value indexes below are sorted sets of lead ids scored like BY_CREATED, so any of them can
    // drive a newest-first page with the same cursor.

    static String byStatus(LeadStatus status) {
        return "leads:idx:status:" + LeadHash.wire(status);
    }

    static String bySource(LeadSource source) {
        return "leads:idx:source:" + LeadHash.wire(source);
    }

    static String byAssignee(String assignee) {
        return "leads:idx:assignee:" + assignee;
    }

    static String byProject(String projectId) {
        return "leads:idx:project:" + projectId;
    }

    static String byPhone(String e164) {
        return "leads:idx:phone:" + e164;
    }

    static String byEmail(String email) {
        return "leads:idx:email:" + email.toLowerCase(Locale.ROOT);
    }

    /** The name index's members of one lead, one per distinct word of its name. */
    static List<String> nameMembers(String name, String id) {
        String folded = NameWords.fold(name);
        return NameWords.of(name).stream()
                .map(word -> word + '\0' + folded + '\0' + id)
                .toList();
    }

    /** The word a name index member is filed under. */
    static String memberWord(String member) {
        return member.substring(0, member.indexOf('\0'));
    }

    /** The lead id a name index member points at. */
    static String memberId(String member) {
        return member.substring(member.lastIndexOf('\0') + 1);
    }
}
