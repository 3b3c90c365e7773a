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
import jakarta.validation.Valid;
import java.util.List;
import java.util.Optional;
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

    private final LeadQueries leads;
    private final LeadCounters counters;

    LeadsController(LeadQueries leads, LeadCounters counters) {
        this.leads = leads;
        this.counters = counters;
    }

    /** A page of leads, newest first, narrowed by the filters; {@code q} answers one page in name order. */
    @GetMapping
    LeadPage list(@Valid ListRequest request) {
        if (request.q() != null) {
            return new LeadPage(leads.byNamePrefix(request.q(), request.filter(), request.limitOrDefault()), null);
        }
        @Nullable Cursor after = request.cursor() == null ? null : cursor(request.cursor());
        return leads.page(request.filter(), after, request.limitOrDefault());
    }

    // The cursor is decoded here rather than bound: a record parameter would be bound from cursor.* fields.
    private static Cursor cursor(String text) {
        try {
            return Cursor.decode(text);
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
