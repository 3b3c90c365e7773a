package com.targetbot.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import com.targetbot.events.Envelope;
import com.targetbot.events.leads.LeadStatus;
import com.targetbot.events.leads.LeadStatusChanged;
import com.targetbot.telegram.SandboxTelegram.SentMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The user who submitted a lead in the bot hears when someone else moves it, from the event alone: no
 * leads-service answer is stubbed. The events of one lead share a partition, so a later change arriving
 * proves the earlier ones were handled.
 */
class StatusNoticesIT extends BotIntegration {

    @Test
    void ownerHearsOfAManagersChangeInRussianOnceThoughTheEventIsDeliveredTwice() throws Exception {
        long owner = bot().registered("Пётр", "ru", "client");
        String leadId = UUID.randomUUID().toString();
        String createdBy = "telegram:" + owner;
        var won = Envelope.wrap(
                new LeadStatusChanged(
                        leadId,
                        LeadStatus.NEW,
                        LeadStatus.WON,
                        "telegram:1234567",
                        Instant.now(),
                        "Иван <VIP>",
                        createdBy),
                "leads-service");

        publish(won);
        publish(won);
        publish(Envelope.wrap(
                new LeadStatusChanged(
                        leadId, LeadStatus.WON, LeadStatus.LOST, "admin:olga", Instant.now(), "Иван <VIP>", createdBy),
                "leads-service"));

        assertThat(bot().awaitMessages(owner, 3).subList(1, 3))
                .extracting(SentMessage::text)
                .containsExactly(
                        "Заявка № <code>" + leadId + "</code> (Иван &lt;VIP&gt;): статус теперь — <b>выиграна</b>.",
                        "Заявка № <code>" + leadId + "</code> (Иван &lt;VIP&gt;): статус теперь — <b>проиграна</b>.");
    }

    @Test
    void ownersOwnChangeAndAStaleOneAreNotToldWhileAnAdminsIsInEnglish() throws Exception {
        long owner = bot().registered("Anna", "en", "manager");
        String leadId = UUID.randomUUID().toString();
        String createdBy = "telegram:" + owner;

        publish(Envelope.wrap(
                new LeadStatusChanged(
                        leadId, LeadStatus.NEW, LeadStatus.WON, createdBy, Instant.now(), "Jon", createdBy),
                "leads-service"));
        publish(Envelope.wrap(
                new LeadStatusChanged(
                        leadId,
                        LeadStatus.WON,
                        LeadStatus.LOST,
                        "admin:olga",
                        Instant.now().minus(Duration.ofDays(2)),
                        "Jon",
                        createdBy),
                "leads-service"));
        // Read from a v1 record: it names no owner, so it is told to nobody.
        publish(Envelope.wrap(
                new LeadStatusChanged(
                        leadId, LeadStatus.LOST, LeadStatus.SPAM, "admin:olga", Instant.now(), null, null),
                "leads-service"));
        publish(Envelope.wrap(
                new LeadStatusChanged(
                        leadId, LeadStatus.SPAM, LeadStatus.IN_PROGRESS, "admin:olga", Instant.now(), "Jon", createdBy),
                "leads-service"));

        assertThat(bot().awaitMessages(owner, 2).getLast().text())
                .isEqualTo("Lead No. <code>" + leadId + "</code> (Jon): the status is now <b>in progress</b>.");
        assertThat(sandbox.messages(owner)).hasSize(2);
    }
}
