package com.targetbot.meta.leadgen;

import com.targetbot.events.leads.CreateLead;
import com.targetbot.kit.kafka.EventPublisher;
import com.targetbot.kit.kafka.RejectedEventException;
import com.targetbot.meta.graph.GraphApiClient;
import com.targetbot.meta.graph.GraphApiException;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Component;

/**
 * Turns one Meta lead into a {@code CreateLead} on {@code leads.commands} and remembers its leadgen id, so
 * reconciliation knows which leads arrived. Idempotent: the lead id is derived from the leadgen id and
 * leads-service ignores a create whose id exists, so doing this twice stores one lead.
 */
@Component
class LeadIngestion {

    private static final ParameterizedTypeReference<GraphLead> LEAD = new ParameterizedTypeReference<>() {};
    private static final String SEEN = "meta:leadgen:seen:";

    private final GraphApiClient graph;
    private final PageTokens pages;
    private final LeadMapping mapping;
    private final EventPublisher publisher;
    private final StringRedisTemplate redis;
    private final LeadgenProperties properties;

    LeadIngestion(
            GraphApiClient graph,
            PageTokens pages,
            LeadMapping mapping,
            EventPublisher publisher,
            StringRedisTemplate redis,
            LeadgenProperties properties) {
        this.graph = graph;
        this.pages = pages;
        this.mapping = mapping;
        this.publisher = publisher;
        this.redis = redis;
        this.properties = properties;
    }

    /**
     * Reads the lead with its page's token and publishes it.
     *
     * @throws GraphApiException when Meta failed retryably (the delivery is retried)
     * @throws RejectedEventException when the lead can never be read (dead-lettered with the reason)
     */
    CreateLead ingest(String pageId, String leadgenId) {
        GraphLead lead;
        try {
            PageTokens.ManagedPage page = pages.page(pageId)
                    .orElseThrow(() -> new RejectedEventException(
                            "page " + pageId + " is not managed by any active Meta connection"));
            lead = graph.get(page.token(), leadgenId, null, Map.of("fields", GraphLead.FIELDS), LEAD);
        } catch (GraphApiException e) {
            if (e.retryable()) {
                throw e;
            }
            // Dead-lettered, not lost: once the cause is fixed (a token renewed), reconciliation still finds it.
            throw new RejectedEventException("lead " + leadgenId + " cannot be read: " + e.getMessage());
        }
        return publish(lead, pageId);
    }

    /** Publishes a lead already read (reconciliation reads a form's leads in pages). */
    CreateLead publish(GraphLead lead, String pageId) {
        CreateLead command = mapping.toCommand(lead, pageId);
        try {
            publisher.publish(command).get(properties.publishTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while publishing lead " + lead.id(), e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("lead " + lead.id() + " was not acknowledged by the broker", e);
        }
        redis.opsForValue().set(SEEN + lead.id(), command.leadId(), properties.seenTtl());
        return command;
    }

    boolean seen(String leadgenId) {
        return Boolean.TRUE.equals(redis.hasKey(SEEN + leadgenId));
    }
}
