package com.targetbot.telegram.leadform;

import static org.assertj.core.api.Assertions.assertThat;

import com.targetbot.events.leads.PhoneNumbers;
import com.targetbot.telegram.leadform.LeadDialog.Moved;
import com.targetbot.telegram.leadform.LeadDialog.Outcome;
import com.targetbot.telegram.leadform.LeadDialog.Refused;
import com.targetbot.telegram.leadform.LeadDraft.Step;
import org.junit.jupiter.api.Test;

class LeadDialogTests {

    private static final PhoneNumbers PHONES = new PhoneNumbers("RU");

    final LeadDraft fresh = LeadDraft.start("d1");

    @Test
    void happyPathCollectsNamePhoneAndCommentThenWaitsForConfirmation() {
        LeadDraft draft = moved(LeadDialog.text(fresh, "  Иван Петров ", PHONES));
        assertThat(draft.step()).isEqualTo(Step.CONTACT);
        assertThat(draft.name()).isEqualTo("Иван Петров");

        draft = moved(LeadDialog.text(draft, "8 (999) 123-45-67", PHONES));
        assertThat(draft.step()).isEqualTo(Step.COMMENT);
        assertThat(draft.phone()).isEqualTo("+79991234567");

        draft = moved(LeadDialog.text(draft, "перезвонить вечером", PHONES));
        assertThat(draft)
                .isEqualTo(new LeadDraft("d1", Step.CONFIRM, "Иван Петров", "+79991234567", "перезвонить вечером"));
    }

    @Test
    void emptyNameIsRefusedAndTheDialogStaysAtTheName() {
        assertThat(LeadDialog.text(fresh, "   ", PHONES)).isEqualTo(new Refused(fresh, "lead.error.name-empty"));
    }

    @Test
    void overlongNameIsRefused() {
        assertThat(LeadDialog.text(fresh, "я".repeat(101), PHONES))
                .isEqualTo(new Refused(fresh, "lead.error.name-long"));
    }

    @Test
    void badPhoneIsRefusedAndTheDialogStaysAtTheContact() {
        LeadDraft atContact = new LeadDraft("d1", Step.CONTACT, "Иван", null, null);

        assertThat(LeadDialog.text(atContact, "12345", PHONES)).isEqualTo(new Refused(atContact, "lead.error.phone"));
        assertThat(LeadDialog.text(atContact, "call me", PHONES)).isEqualTo(new Refused(atContact, "lead.error.phone"));
    }

    @Test
    void sharedContactIsTakenAtTheContactStepOnly() {
        LeadDraft atContact = new LeadDraft("d1", Step.CONTACT, "Иван", null, null);

        assertThat(moved(LeadDialog.contact(atContact, "79991234567", PHONES)).phone())
                .isEqualTo("+79991234567");
        assertThat(LeadDialog.contact(fresh, "79991234567", PHONES))
                .isEqualTo(new Refused(fresh, "lead.error.unexpected-contact"));
    }

    @Test
    void skippedCommentLeavesNone() {
        LeadDraft atComment = new LeadDraft("d1", Step.COMMENT, "Иван", "+79991234567", null);

        LeadDraft draft = moved(LeadDialog.skipComment(atComment));

        assertThat(draft.step()).isEqualTo(Step.CONFIRM);
        assertThat(draft.comment()).isNull();
    }

    @Test
    void editStartsOverFromTheNameInTheSameDialog() {
        LeadDraft summary = new LeadDraft("d1", Step.CONFIRM, "Иван", "+79991234567", "x");

        assertThat(moved(LeadDialog.edit(summary))).isEqualTo(LeadDraft.start("d1"));
    }

    @Test
    void textAtTheSummaryAsksForTheButtons() {
        LeadDraft summary = new LeadDraft("d1", Step.CONFIRM, "Иван", "+79991234567", null);

        assertThat(LeadDialog.text(summary, "ok", PHONES)).isEqualTo(new Refused(summary, "lead.error.use-buttons"));
    }

    @Test
    void buttonsOfAnotherStepAreRefused() {
        assertThat(LeadDialog.skipComment(fresh)).isInstanceOf(Refused.class);
        assertThat(LeadDialog.edit(fresh)).isInstanceOf(Refused.class);
    }

    private static LeadDraft moved(Outcome outcome) {
        assertThat(outcome).isInstanceOf(Moved.class);
        return outcome.draft();
    }
}
