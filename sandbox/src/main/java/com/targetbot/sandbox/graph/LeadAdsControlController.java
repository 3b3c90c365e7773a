package com.targetbot.sandbox.graph;

import java.net.URI;
import java.time.Instant;
import java.util.Collections;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * The test's side of Lead Ads: a person submits a form (the lead is stored and Meta's signed notification sent),
 * a notification is sent again (Meta's retries), the next notifications are lost, the callback URL is set.
 */
@RestController
@RequestMapping("/sandbox/graph")
class LeadAdsControlController {

    private final LeadAdsCatalog catalog;
    private final LeadAdsWebhook webhook;

    LeadAdsControlController(LeadAdsCatalog catalog, LeadAdsWebhook webhook) {
        this.catalog = catalog;
        this.webhook = webhook;
    }

    /** {@code {pageId?, formId?, name, phone?, email?, answers?}}: the first page's form unless named. */
    @PostMapping("/leads")
    ResponseEntity<SubmittedLead> submit(@RequestBody Submission submission) {
        if (submission.name() == null || submission.name().isBlank()) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "name is required");
        }
        LeadAdsCatalog.Page page = page(submission);
        Map<String, Object> lead = catalog.submit(
                page,
                Instant.now(),
                submission.name(),
                submission.phone(),
                submission.email(),
                submission.answers() == null ? Map.of() : submission.answers());
        LeadAdsWebhook.Delivery delivery = webhook.deliver(page.id(), lead);
        return ResponseEntity.status(HttpStatus.CREATED).body(SubmittedLead.of(page, lead, delivery));
    }

    /** Sends a lead's notification once more, as Meta does when it saw no 200 in time. */
    @PostMapping("/leads/{leadgenId}/webhook")
    SubmittedLead redeliver(@PathVariable String leadgenId) {
        Map<String, Object> lead = catalog.lead(leadgenId)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no lead " + leadgenId));
        LeadAdsCatalog.Page page =
                catalog.pageOfForm((String) lead.get("form_id")).orElseThrow();
        return SubmittedLead.of(page, lead, webhook.deliver(page.id(), lead));
    }

    /** {@code {"count": n}}: the next n notifications are dropped, so only reconciliation can find those leads. */
    @PostMapping("/webhooks/lose")
    Map<String, Integer> lose(@RequestBody LoseRequest request) {
        if (request.count() < 0) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "count must not be negative");
        }
        webhook.loseNext(request.count());
        return Map.of("losing", request.count());
    }

    /** {@code {"callbackUrl": "http://…/webhooks/meta" | null}}: where notifications go. */
    @PostMapping("/webhooks/callback")
    Map<String, @Nullable URI> callback(@RequestBody CallbackRequest request) {
        webhook.callbackUrl(request.callbackUrl());
        return Collections.singletonMap("callbackUrl", request.callbackUrl());
    }

    private LeadAdsCatalog.Page page(Submission submission) {
        if (submission.formId() != null) {
            return catalog.pageOfForm(submission.formId())
                    .orElseThrow(
                            () -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no form " + submission.formId()));
        }
        if (submission.pageId() != null) {
            return catalog.page(submission.pageId())
                    .orElseThrow(
                            () -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no page " + submission.pageId()));
        }
        return catalog.pages().getFirst();
    }

    record Submission(
            @Nullable String pageId,
            @Nullable String formId,
            @Nullable String name,
            @Nullable String phone,
            @Nullable String email,
            @Nullable Map<String, String> answers) {}

    record LoseRequest(int count) {}

    record CallbackRequest(@Nullable URI callbackUrl) {}

    /**
     * @param webhook what became of the notification
     */
    record SubmittedLead(
            String leadgenId,
            String pageId,
            String formId,
            String adId,
            String campaignId,
            String createdTime,
            LeadAdsWebhook.Delivery webhook) {

        static SubmittedLead of(LeadAdsCatalog.Page page, Map<String, Object> lead, LeadAdsWebhook.Delivery delivery) {
            return new SubmittedLead(
                    (String) lead.get("id"),
                    page.id(),
                    page.form().id(),
                    page.ad().adId(),
                    page.ad().campaignId(),
                    (String) lead.get("created_time"),
                    delivery);
        }
    }
}
