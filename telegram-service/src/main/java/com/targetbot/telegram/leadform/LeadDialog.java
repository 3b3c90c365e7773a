package com.targetbot.telegram.leadform;

import com.targetbot.events.leads.PhoneNumbers;
import com.targetbot.telegram.leadform.LeadDraft.Step;
import java.util.Optional;

/** The dialog's state machine: what each input does to a draft. Pure, so every path is unit-tested. */
final class LeadDialog {

    static final int MAX_NAME = 100;
    static final int MAX_COMMENT = 1000;

    private LeadDialog() {}

    /** Where an input leaves the dialog. */
    sealed interface Outcome {
        LeadDraft draft();
    }

    /** The input was taken; the draft waits for its next step. */
    record Moved(LeadDraft draft) implements Outcome {}

    /**
     * The input does not fit the step; the draft is unchanged.
     *
     * @param reason bundle key of the explanation for the user
     */
    record Refused(LeadDraft draft, String reason) implements Outcome {}

    static Outcome text(LeadDraft draft, String input, PhoneNumbers phones) {
        String text = input.strip();
        return switch (draft.step()) {
            case NAME ->
                name(text)
                        .<Outcome>map(name -> new Moved(
                                new LeadDraft(draft.dialogId(), Step.CONTACT, name, draft.phone(), draft.comment())))
                        .orElseGet(() ->
                                new Refused(draft, text.isEmpty() ? "lead.error.name-empty" : "lead.error.name-long"));
            case CONTACT -> phone(draft, text, phones);
            case COMMENT ->
                text.length() > MAX_COMMENT
                        ? new Refused(draft, "lead.error.comment-long")
                        : new Moved(new LeadDraft(
                                draft.dialogId(),
                                Step.CONFIRM,
                                draft.name(),
                                draft.phone(),
                                text.isEmpty() ? null : text));
            case CONFIRM -> new Refused(draft, "lead.error.use-buttons");
        };
    }

    /**
     * A contact sent (the user's own or the client's card): its phone counts as typed, but only when the dialog
     * asks for one; the card's name never replaces the name typed.
     */
    static Outcome contact(LeadDraft draft, String phone, PhoneNumbers phones) {
        return draft.step() == Step.CONTACT
                ? phone(draft, phone, phones)
                : new Refused(draft, "lead.error.unexpected-contact");
    }

    static Outcome skipComment(LeadDraft draft) {
        return draft.step() == Step.COMMENT
                ? new Moved(new LeadDraft(draft.dialogId(), Step.CONFIRM, draft.name(), draft.phone(), null))
                : new Refused(draft, "lead.error.stale-button");
    }

    /** Edit starts over from the name; the dialog keeps its id, so the summary's buttons stay its own. */
    static Outcome edit(LeadDraft draft) {
        return draft.step() == Step.CONFIRM
                ? new Moved(LeadDraft.start(draft.dialogId()))
                : new Refused(draft, "lead.error.stale-button");
    }

    static Optional<String> name(String text) {
        String name = text.strip();
        return name.isEmpty() || name.length() > MAX_NAME ? Optional.empty() : Optional.of(name);
    }

    private static Outcome phone(LeadDraft draft, String text, PhoneNumbers phones) {
        return phones.toE164(text)
                .<Outcome>map(phone ->
                        new Moved(new LeadDraft(draft.dialogId(), Step.COMMENT, draft.name(), phone, draft.comment())))
                .orElseGet(() -> new Refused(draft, "lead.error.phone"));
    }
}
