package com.targetbot.leads.query;

import com.targetbot.kit.web.FieldError;
import com.targetbot.kit.web.FieldErrorCode;
import com.targetbot.kit.web.InvalidRequestException;
import com.targetbot.kit.web.NotFoundException;
import com.targetbot.leads.store.Cursor;
import com.targetbot.leads.store.Lead;
import com.targetbot.leads.store.LeadCounters;
import com.targetbot.leads.store.LeadPage;
import com.targetbot.leads.store.LeadQueries;
import com.targetbot.leads.store.LeadStats;
import com.targetbot.leads.store.NameCursor;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/leads")
class LeadsController {

    private static final Pattern NUMBER = Pattern.compile("[0-9]{1,15}");

    private static final LeadPage NOTHING = new LeadPage(List.of(), null);

    private final LeadQueries leads;
    private final LeadCounters counters;
    private final LeadSearch search;

    LeadsController(LeadQueries leads, LeadCounters counters, LeadSearch search) {
        this.leads = leads;
        this.counters = counters;
        this.search = search;
    }

    /**
     * A page of leads, newest first, narrowed by the filters; {@code q} narrows further to a number, phone or
     * e-mail, or searches names (ordered by the matched word, then the name), see {@link LeadSearch}.
     */
    @GetMapping
    LeadPage list(@Valid ListRequest request) {
        int limit = request.limitOrDefault();
        if (request.q() == null) {
            return leads.page(request.filter(), cursor(request.cursor(), Cursor::decode), limit);
        }
        return switch (search.parse(request.q())) {
            case LeadSearch.Number(long number) -> leads.byNumber(number, request.filter());
            case LeadSearch.Phone(String e164) ->
                request.filterWithContact(e164, null)
                        .map(filter -> leads.page(filter, cursor(request.cursor(), Cursor::decode), limit))
                        .orElse(NOTHING);
            case LeadSearch.Email(String email) ->
                request.filterWithContact(null, email)
                        .map(filter -> leads.page(filter, cursor(request.cursor(), Cursor::decode), limit))
                        .orElse(NOTHING);
            case LeadSearch.Name(String text) ->
                leads.byName(text, request.filter(), cursor(request.cursor(), NameCursor::decode), limit);
        };
    }

    // The cursor is decoded here rather than bound: a record parameter would be bound from cursor.* fields.
    private static <C> @Nullable C cursor(@Nullable String text, Function<String, C> decode) {
        if (text == null) {
            return null;
        }
        try {
            return decode.apply(text);
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException(
                    "cursor is not one this API gave out",
                    List.of(new FieldError("cursor", FieldErrorCode.INVALID_FORMAT, "is not a cursor from a page")));
        }
    }

    /** One lead by its id or by its short number ({@code 1042}): ids are UUIDs, never all digits. */
    @GetMapping("/{id}")
    Lead lead(@PathVariable String id) {
        Optional<Lead> found = NUMBER.matcher(id).matches() ? leads.findByNumber(Long.parseLong(id)) : leads.find(id);
        return found.orElseThrow(() -> new NotFoundException("No lead with id " + id));
    }

    @GetMapping("/stats")
    LeadStats stats() {
        return counters.stats();
    }
}
