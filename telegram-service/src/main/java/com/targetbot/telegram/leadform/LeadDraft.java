package com.targetbot.telegram.leadform;

import org.jspecify.annotations.Nullable;

/**
 * A lead being entered in the dialog.
 *
 * @param dialogId a short random id written into the dialog's buttons, so a button of an earlier dialog
 *     never acts on the current one
 * @param step what the dialog waits for
 * @param phone E.164 once given
 */
record LeadDraft(
        String dialogId,
        Step step,
        @Nullable String name,
        @Nullable String phone,
        @Nullable String comment) {

    enum Step {
        NAME,
        CONTACT,
        COMMENT,
        CONFIRM
    }

    static LeadDraft start(String dialogId) {
        return new LeadDraft(dialogId, Step.NAME, null, null, null);
    }
}
