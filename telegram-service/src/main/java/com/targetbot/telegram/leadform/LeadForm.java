package com.targetbot.telegram.leadform;

import com.fasterxml.uuid.Generators;
import com.fasterxml.uuid.impl.TimeBasedEpochGenerator;
import com.targetbot.events.leads.Attribution;
import com.targetbot.events.leads.Contact;
import com.targetbot.events.leads.CreateLead;
import com.targetbot.events.leads.LeadSource;
import com.targetbot.events.leads.PhoneNumbers;
import com.targetbot.kit.kafka.EventPublisher;
import com.targetbot.telegram.i18n.BotLanguage;
import com.targetbot.telegram.i18n.BotTexts;
import com.targetbot.telegram.inbound.ButtonPress;
import com.targetbot.telegram.inbound.IncomingMessage;
import com.targetbot.telegram.leadform.LeadDialog.Moved;
import com.targetbot.telegram.leadform.LeadDialog.Outcome;
import com.targetbot.telegram.leadform.LeadDialog.Refused;
import com.targetbot.telegram.outbound.Keyboards;
import com.targetbot.telegram.outbound.Keyboards.Button;
import com.targetbot.telegram.outbound.OutboundMessages;
import com.targetbot.telegram.outbound.TelegramHtml;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** The lead-form feature's API: starts, advances and ends a user's {@code /lead} dialog. */
@Component
public class LeadForm {

    /** Prefix of this feature's callback data: {@code lead:<action>:<owner user id>:<dialog id>}. */
    public static final String BUTTON_PREFIX = "lead";

    private static final Logger log = LoggerFactory.getLogger(LeadForm.class);

    private final DialogStore dialogs;
    private final PendingConfirmations confirmations;
    private final EventPublisher publisher;
    private final OutboundMessages outbound;
    private final BotTexts texts;
    private final Clock clock;
    private final PhoneNumbers phones;
    private final SecureRandom random = new SecureRandom();
    private final TimeBasedEpochGenerator leadIds = Generators.timeBasedEpochGenerator();

    LeadForm(
            DialogStore dialogs,
            PendingConfirmations confirmations,
            EventPublisher publisher,
            OutboundMessages outbound,
            BotTexts texts,
            Clock clock,
            PhoneNumbers phones) {
        this.dialogs = dialogs;
        this.confirmations = confirmations;
        this.publisher = publisher;
        this.outbound = outbound;
        this.texts = texts;
        this.clock = clock;
        this.phones = phones;
    }

    /** {@code /lead}: the one-line form when an argument follows, else a new dialog replacing any open one. */
    public void start(IncomingMessage message, String argument) {
        long userId = message.from().userId();
        dialogs.delete(userId);
        if (!argument.isBlank()) {
            switch (OneLineLead.parse(argument, phones)) {
                case OneLineLead.Valid valid -> {
                    var lead = valid.lead();
                    submit(message.chatId(), userId, message.language(), lead.name(), lead.phone(), lead.comment());
                }
                case OneLineLead.Invalid invalid ->
                    outbound.sendHtml(
                            message.chatId(),
                            text(message.language(), invalid.reason()) + "\n\n"
                                    + text(message.language(), "lead.one-line-format"));
            }
            return;
        }
        LeadDraft draft = LeadDraft.start(HexFormat.of().toHexDigits(random.nextInt()));
        dialogs.save(userId, draft);
        prompt(message.chatId(), userId, message.language(), draft);
    }

    /**
     * A text in the user's private chat.
     *
     * @return whether a dialog took it; false when none is open
     */
    public boolean onText(IncomingMessage message) {
        return advance(message, draft -> LeadDialog.text(draft, message.text(), phones));
    }

    /** A contact sent, the user's own or a card; false when no dialog is open. */
    public boolean onContact(IncomingMessage message) {
        return advance(
                message, draft -> LeadDialog.contact(draft, Objects.requireNonNull(message.sharedPhone()), phones));
    }

    /** Whether the user has a dialog open, waiting for their next answer. */
    public boolean isOpen(long userId) {
        return dialogs.find(userId).isPresent();
    }

    /** Ends the user's dialog, if one is open; returns whether one was. */
    public boolean end(long userId) {
        return dialogs.delete(userId);
    }

    /**
     * A press of one of the dialog's buttons. Only the user the dialog belongs to may press them (in a group
     * anybody sees them); a button of a dialog that expired or was replaced does nothing but say so.
     */
    public void onButton(ButtonPress press) {
        String[] parts = press.data().split(":", 4);
        long presser = press.from().userId();
        if (parts.length != 4 || !parts[2].equals(Long.toString(presser))) {
            outbound.answerCallback(press.queryId(), text(press.language(), "button.not-yours"), true);
            return;
        }
        Optional<LeadDraft> open =
                dialogs.find(presser).filter(d -> d.dialogId().equals(parts[3]));
        if (open.isEmpty()) {
            outbound.answerCallback(press.queryId(), null, false);
            outbound.sendHtml(press.chatId(), text(press.language(), "lead.expired"));
            return;
        }
        outbound.answerCallback(press.queryId(), null, false);
        LeadDraft draft = open.get();
        switch (parts[1]) {
            case "confirm" -> {
                if (draft.step() == LeadDraft.Step.CONFIRM) {
                    dialogs.delete(presser);
                    submit(
                            press.chatId(),
                            presser,
                            press.language(),
                            Objects.requireNonNull(draft.name()),
                            Objects.requireNonNull(draft.phone()),
                            draft.comment());
                } else {
                    outbound.sendHtml(press.chatId(), text(press.language(), "lead.error.stale-button"));
                }
            }
            case "cancel" -> {
                dialogs.delete(presser);
                outbound.sendHtml(press.chatId(), text(press.language(), "lead.cancelled"));
            }
            case "edit" -> apply(press.chatId(), presser, press.language(), LeadDialog.edit(draft));
            case "skip" -> apply(press.chatId(), presser, press.language(), LeadDialog.skipComment(draft));
            default -> outbound.sendHtml(press.chatId(), text(press.language(), "lead.error.stale-button"));
        }
    }

    private boolean advance(IncomingMessage message, Function<LeadDraft, Outcome> input) {
        long userId = message.from().userId();
        Optional<LeadDraft> open = dialogs.find(userId);
        if (open.isEmpty()) {
            return false;
        }
        apply(message.chatId(), userId, message.language(), input.apply(open.get()));
        return true;
    }

    private void apply(long chatId, long userId, BotLanguage language, Outcome outcome) {
        switch (outcome) {
            case Moved moved -> {
                dialogs.save(userId, moved.draft());
                prompt(chatId, userId, language, moved.draft());
            }
            case Refused refused -> {
                // Saving again restarts the TTL: a user correcting an answer is still in the dialog.
                dialogs.save(userId, refused.draft());
                outbound.sendHtml(chatId, text(language, refused.reason()));
            }
        }
    }

    private void prompt(long chatId, long userId, BotLanguage language, LeadDraft draft) {
        switch (draft.step()) {
            case NAME -> outbound.sendHtml(chatId, text(language, "lead.ask-name"));
            case CONTACT ->
                outbound.sendHtml(
                        chatId,
                        text(language, "lead.ask-contact"),
                        Keyboards.requestContact(text(language, "lead.button.share-contact")));
            case COMMENT -> {
                // The share-contact keyboard stays when the phone was typed: take it away with the echo.
                outbound.sendHtml(
                        chatId,
                        text(
                                language,
                                "lead.phone-accepted",
                                TelegramHtml.escape(Objects.requireNonNull(draft.phone()))),
                        Keyboards.removeKeyboard());
                outbound.sendHtml(
                        chatId,
                        text(language, "lead.ask-comment"),
                        Keyboards.inline(List.of(List.of(button(language, "skip", userId, draft)))));
            }
            case CONFIRM ->
                outbound.sendHtml(
                        chatId,
                        text(
                                language,
                                "lead.summary",
                                TelegramHtml.escape(Objects.requireNonNull(draft.name())),
                                TelegramHtml.escape(Objects.requireNonNull(draft.phone())),
                                draft.comment() == null
                                        ? text(language, "lead.no-comment")
                                        : TelegramHtml.escape(draft.comment())),
                        Keyboards.inline(List.of(
                                List.of(button(language, "confirm", userId, draft)),
                                List.of(
                                        button(language, "edit", userId, draft),
                                        button(language, "cancel", userId, draft)))));
        }
    }

    private Button button(BotLanguage language, String action, long userId, LeadDraft draft) {
        return new Button(
                text(language, "lead.button." + action),
                BUTTON_PREFIX + ":" + action + ":" + userId + ":" + draft.dialogId());
    }

    /**
     * Sends the lead to leads-service. The recipient of the confirmation is remembered before the command
     * is published, so even the fastest {@code LeadCreated} finds them.
     */
    private void submit(
            long chatId, long userId, BotLanguage language, String name, String phone, @Nullable String comment) {
        String leadId = leadIds.generate().toString();
        confirmations.remember(leadId, chatId, language);
        publisher
                .publish(new CreateLead(
                        leadId,
                        new Contact(name, phone, null),
                        comment,
                        LeadSource.TELEGRAM,
                        Attribution.NONE,
                        clock.instant(),
                        "telegram:" + userId))
                .join();
        log.info("Lead {} submitted by Telegram user {}", leadId, userId);
        outbound.sendHtml(chatId, text(language, "lead.submitted"), Keyboards.removeKeyboard());
    }

    private String text(BotLanguage language, String key, Object... arguments) {
        return texts.text(language, key, arguments);
    }
}
