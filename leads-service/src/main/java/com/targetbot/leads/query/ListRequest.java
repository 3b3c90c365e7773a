package com.targetbot.leads.query;

import com.targetbot.events.leads.LeadSource;
import com.targetbot.events.leads.LeadStatus;
import com.targetbot.leads.store.LeadFilter;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Query parameters of the lead list.
 *
 * @param limit how many leads, newest first; 50 when absent, at most 200
 * @param cursor the previous page's {@code nextCursor}
 * @param status only leads in this status (wire name)
 * @param source only leads from this source (wire name)
 * @param assignee only leads worked by this person
 * @param phone only leads with this phone; digits with the country code, the {@code +} may be left out
 * @param email only leads with this e-mail, case-insensitively
 * @param from only leads created at or after this instant (ISO-8601)
 * @param to only leads created before this instant (ISO-8601)
 * @param projectId only leads of this project
 * @param q a search: a lead's short number, a phone as typed, an e-mail, or the beginnings of words of the name
 *     (case-insensitive; ordered by the matched word, then the name)
 */
record ListRequest(
        @Min(1) @Max(MAX_LIMIT) @Nullable Integer limit,
        @Size(max = 200) @Nullable String cursor,
        @Nullable LeadStatus status,
        @Nullable LeadSource source,
        @Size(max = 200) @Nullable String assignee,
        @Size(max = 32) @Nullable String phone,
        @Size(max = 254) @Nullable String email,
        @Nullable Instant from,
        @Nullable Instant to,
        @Size(max = 64) @Nullable String projectId,
        @Size(min = 1, max = 200) @Nullable String q) {

    static final int DEFAULT_LIMIT = 50;
    static final int MAX_LIMIT = 200;

    int limitOrDefault() {
        return limit == null ? DEFAULT_LIMIT : limit;
    }

    LeadFilter filter() {
        return new LeadFilter(status, source, assignee, e164Phone(), foldedEmail(), from, to, projectId);
    }

    /**
     * The filter narrowed to the phone or e-mail a search stands for; empty when the request's own phone or
     * e-mail names another, so that nothing can match.
     */
    Optional<LeadFilter> filterWithContact(@Nullable String searchedPhone, @Nullable String searchedEmail) {
        String ownPhone = e164Phone();
        String ownEmail = foldedEmail();
        if ((searchedPhone != null && ownPhone != null && !ownPhone.equals(searchedPhone))
                || (searchedEmail != null && ownEmail != null && !ownEmail.equals(searchedEmail))) {
            return Optional.empty();
        }
        return Optional.of(new LeadFilter(
                status,
                source,
                assignee,
                searchedPhone != null ? searchedPhone : ownPhone,
                searchedEmail != null ? searchedEmail : ownEmail,
                from,
                to,
                projectId));
    }

    private @Nullable String e164Phone() {
        return phone == null ? null : e164(phone);
    }

    private @Nullable String foldedEmail() {
        return email == null ? null : email.strip().toLowerCase(Locale.ROOT);
    }

    /**
     * Stored phones are E.164. A {@code +} sent unencoded in a query string arrives as a space, so only the
     * digits are kept and the {@code +} put back.
     */
    static String e164(String phone) {
        return "+" + phone.replaceAll("[^0-9]", "");
    }
}
