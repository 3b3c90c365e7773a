package com.targetbot.leads.query;

import com.targetbot.kit.web.NotFoundException;
import com.targetbot.leads.store.Lead;
import com.targetbot.leads.store.LeadCounts;
import com.targetbot.leads.store.LeadRepository;
import jakarta.validation.Valid;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/leads")
class LeadsController {

    private final LeadRepository leads;

    LeadsController(LeadRepository leads) {
        this.leads = leads;
    }

    @GetMapping
    LeadList list(@Valid ListRequest request) {
        return new LeadList(leads.newest(request.limitOrDefault()));
    }

    @GetMapping("/{id}")
    Lead lead(@PathVariable String id) {
        return leads.find(id).orElseThrow(() -> new NotFoundException("No lead with id " + id));
    }

    @GetMapping("/stats")
    LeadCounts stats() {
        return leads.counts();
    }
}
