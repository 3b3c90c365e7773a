package com.targetbot.kit.kafka;

import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatNoException;

import com.targetbot.events.Envelope;
import com.targetbot.events.Topics;
import com.targetbot.events.leads.LeadEvent;
import com.targetbot.events.meta.MetaOutcome;
import com.targetbot.events.reports.ReportEvent;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.annotation.KafkaListener;

class ListenerTopicCheckTests {

    final ListenerTopicCheck check = new ListenerTopicCheck();

    @Test
    void listenerTakingItsTopicsSealedTypeStarts() {
        assertThatNoException().isThrownBy(() -> check.postProcessAfterInitialization(new Fitting(), "fitting"));
    }

    @Test
    void listenerTakingATypeItsTopicNeverCarriesFailsTheStart() {
        assertThatIllegalStateException()
                .isThrownBy(() -> check.postProcessAfterInitialization(new Misplaced(), "misplaced"))
                .withMessageContaining("takes ReportEvent, which leads.events never carries");
    }

    @Test
    void envelopeOfATypeItsTopicNeverCarriesFailsTheStart() {
        assertThatIllegalStateException()
                .isThrownBy(() -> check.postProcessAfterInitialization(new MisplacedEnvelope(), "misplaced"))
                .withMessageContaining("takes LeadEvent, which meta.events never carries");
    }

    static class Fitting {

        @KafkaListener(topics = Topics.LEADS_EVENTS_NAME)
        void leads(Envelope<LeadEvent> envelope) {}

        @KafkaListener(topics = Topics.META_EVENTS_NAME)
        void meta(MetaOutcome outcome) {}

        // A topic outside the catalog, e.g. from a placeholder, is not the check's business.
        @KafkaListener(topics = "${some.topic}")
        void other(ReportEvent event) {}
    }

    static class Misplaced {

        @KafkaListener(topics = Topics.LEADS_EVENTS_NAME)
        void on(ReportEvent event) {}
    }

    static class MisplacedEnvelope {

        @KafkaListener(topics = Topics.META_EVENTS_NAME)
        void on(Envelope<LeadEvent> envelope) {}
    }
}
