package com.targetbot.telegram.leadboard;

import com.targetbot.events.leads.LeadCreated;
import com.targetbot.events.leads.LeadStatus;
import com.targetbot.events.leads.UpdateLead;
import com.targetbot.events.projects.ProjectChat;
import com.targetbot.kit.idempotency.IdempotencyGuard;
import com.targetbot.kit.kafka.EventPublisher;
import com.targetbot.telegram.groups.RegisteredGroups;
import com.targetbot.telegram.i18n.BotLanguage;
import com.targetbot.telegram.i18n.BotTexts;
import com.targetbot.telegram.i18n.LanguagePreferences;
import com.targetbot.telegram.inbound.ButtonPress;
import com.targetbot.telegram.inbound.IncomingMessage;
import com.targetbot.telegram.outbound.Keyboards;
import com.targetbot.telegram.outbound.Keyboards.Button;
import com.targetbot.telegram.outbound.OutboundMessages;
import com.targetbot.telegram.outbound.TelegramHtml;
import com.targetbot.telegram.projects.ProjectDirectory;
import com.targetbot.telegram.users.BotUser;
import com.targetbot.telegram.users.BotUserRepository;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.NoSuchMessageException;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClientException;
import tools.jackson.databind.JsonNode;

/** The lead-board feature's API: {@code /leads} and its status buttons. */
@Component
public class LeadBoard {

    /** Prefix of the status buttons' data: {@code ls:<status code>:<lead id>}, at most 41 bytes. */
    public static final String BUTTON_PREFIX = "ls";

    /** Prefix of a new-lead notice's status buttons, same layout. */
    public static final String NOTICE_PREFIX = "ln";

    // Kafka redelivers within minutes; a day covers any replay worth guarding against.
    private static final Duration NOTICE_WINDOW = Duration.ofHours(25);

    private static final Logger log = LoggerFactory.getLogger(LeadBoard.class);

    // Short codes keep the data well under Telegram's 64 bytes with a 36-character lead id.
    private static final Map<String, LeadStatus> STATUS_CODES =
            Map.of("p", LeadStatus.IN_PROGRESS, "w", LeadStatus.WON, "l", LeadStatus.LOST);

    private final LeadsClient leads;
    private final BotUserRepository users;
    private final RegisteredGroups groups;
    private final ProjectDirectory projects;
    private final LanguagePreferences languages;
    private final IdempotencyGuard guard;
    private final EventPublisher publisher;
    private final OutboundMessages outbound;
    private final BotTexts texts;
    private final NoticeBudget budget;
    private final NoticeDigest digest;
    private final Clock clock;

    LeadBoard(
            LeadsClient leads,
            BotUserRepository users,
            RegisteredGroups groups,
            ProjectDirectory projects,
            LanguagePreferences languages,
            IdempotencyGuard guard,
            EventPublisher publisher,
            OutboundMessages outbound,
            BotTexts texts,
            NoticeBudget budget,
            NoticeDigest digest,
            Clock clock) {
        this.leads = leads;
        this.users = users;
        this.groups = groups;
        this.projects = projects;
        this.languages = languages;
        this.guard = guard;
        this.publisher = publisher;
        this.outbound = outbound;
        this.texts = texts;
        this.budget = budget;
        this.digest = digest;
        this.clock = clock;
    }

    /**
     * {@code /leads}: the latest leads with status buttons (the dispatcher lets managers and admins only); in a
     * group, in the group's language, since everyone there reads it; not in a project's group, which gets its own
     * project's leads as notices.
     */
    public void show(IncomingMessage message) {
        if (!message.privateChat() && !groups.isRegistered(message.chatId())) {
            outbound.sendHtml(message.chatId(), texts.text(message.language(), "leads.group-not-registered"));
            return;
        }
        // The list holds every client's leads, and a project's group sees its own project only.
        if (!message.privateChat() && projects.isBound(message.chatId())) {
            outbound.sendHtml(
                    message.chatId(), texts.text(shownIn(message.chatId(), message.language()), "leads.project-group"));
            return;
        }
        BotLanguage language = shownIn(message.chatId(), message.language());
        List<LeadsClient.Lead> latest;
        try {
            latest = leads.latest();
        } catch (RestClientException e) {
            log.warn("leads-service did not answer: {}", e.getMessage());
            outbound.sendHtml(message.chatId(), texts.text(language, "leads.unavailable"));
            return;
        }
        if (latest.isEmpty()) {
            outbound.sendHtml(message.chatId(), texts.text(language, "leads.none"));
            return;
        }
        outbound.sendHtml(message.chatId(), render(language, latest), keyboard(language, latest));
    }

    /**
     * A status button of a list ({@code ls:}) or of a new-lead notice ({@code ln:}), pressed by someone who
     * manages leads (the dispatcher checks, whatever the button says): the change goes to leads-service and the message is redrawn in
     * place with the requested status, in the language it was written in (a group's, not the presser's).
     * The popup answers are the presser's alone, so they are in the presser's language.
     */
    public void onButton(ButtonPress press) {
        BotLanguage language = press.language();
        String[] parts = press.data().split(":", 3);
        LeadStatus status = parts.length == 3 ? STATUS_CODES.get(parts[1]) : null;
        if (status == null) {
            outbound.answerCallback(press.queryId(), texts.text(language, "button.unknown"), true);
            return;
        }
        long presser = press.from().userId();
        String leadId = parts[2];
        publisher
                .publish(new UpdateLead(leadId, status, null, null, clock.instant(), "telegram:" + presser))
                .join();
        outbound.answerCallback(press.queryId(), texts.text(language, "leads.status-requested"), false);
        BotLanguage shownIn = shownIn(press.chatId(), language);
        if (parts[0].equals(NOTICE_PREFIX)) {
            redrawNotice(press, shownIn, leadId, status);
        } else {
            redrawList(press, shownIn, leadId, status);
        }
    }

    /**
     * Tells managers about a new lead, and its project's chats (the client's group in its forum topic, the agency's
     * chat) or, for a lead of no project the bot knows chats of, the registered groups bound to no project: each once
     * even when the event is redelivered. A chat whose notice budget for the minute is spent gets the lead in the
     * next digest instead.
     */
    void announce(LeadCreated created) {
        var lead = LeadsClient.Lead.announced(created);
        for (BotUser manager : users.leadManagers()) {
            notice(manager.chatId(), null, languages.resolve(manager.id(), manager.languageCode()), lead);
        }
        List<ProjectChat> projectChats = Optional.ofNullable(created.projectId())
                .flatMap(projects::find)
                .map(ProjectDirectory::chats)
                .orElse(List.of());
        if (projectChats.isEmpty()) {
            groups.all().forEach((chatId, language) -> {
                if (!projects.isBound(chatId)) {
                    notice(chatId, null, language, lead);
                }
            });
        } else {
            projectChats.forEach(chat -> notice(chat.chatId(), chat.topicId(), groups.languageOf(chat.chatId()), lead));
        }
    }

    private void notice(long chatId, @Nullable Integer topicId, BotLanguage language, LeadsClient.Lead lead) {
        guard.runOnce("lead-notice", lead.id() + ":" + chatId, NOTICE_WINDOW, () -> {
            if (budget.take(chatId)) {
                outbound.sendHtml(chatId, topicId, card(language, lead), noticeKeyboard(lead.id()));
            } else {
                digest.postpone(chatId);
            }
        });
    }

    private void redrawNotice(ButtonPress press, BotLanguage language, String leadId, LeadStatus status) {
        try {
            var lead = leads.one(leadId).withStatus(statusValue(status));
            outbound.editHtml(press.chatId(), press.messageId(), card(language, lead), noticeKeyboard(leadId));
        } catch (RestClientException e) {
            log.warn("leads-service did not answer, notice not redrawn: {}", e.getMessage());
        }
    }

    private String card(BotLanguage language, LeadsClient.Lead lead) {
        // The number goes in as text: as a number the message format would group its digits (1,042).
        var text = new StringBuilder(
                        lead.number() == null
                                ? texts.text(language, "leads.new")
                                : texts.text(
                                        language,
                                        "leads.new-numbered",
                                        lead.number().toString()))
                .append("\n<b>")
                .append(TelegramHtml.escape(lead.contact().name()))
                .append("</b>");
        if (lead.contact().phone() != null) {
            text.append("\n📞 <code>")
                    .append(TelegramHtml.escape(lead.contact().phone()))
                    .append("</code>");
        }
        if (lead.contact().email() != null) {
            text.append("\n✉️ ").append(TelegramHtml.escape(lead.contact().email()));
        }
        if (lead.comment() != null) {
            text.append("\n💬 ").append(TelegramHtml.escape(lead.comment()));
        }
        // A Meta lead names the campaign and ad it came from (the names as Meta gave them, else the ids).
        String campaign = firstKnown(lead.meta().campaignName(), lead.meta().campaignId());
        if (campaign != null) {
            text.append("\n📣 ").append(texts.text(language, "leads.card-campaign", TelegramHtml.escape(campaign)));
        }
        String ad = firstKnown(lead.meta().adName(), lead.meta().adId());
        if (ad != null) {
            text.append("\n🖼 ").append(texts.text(language, "leads.card-ad", TelegramHtml.escape(ad)));
        }
        return text.append("\n")
                .append(texts.text(language, "leads.card-status", statusLabel(language, lead.status())))
                .toString();
    }

    private static @Nullable String firstKnown(@Nullable String preferred, @Nullable String fallback) {
        return preferred != null ? preferred : fallback;
    }

    private static JsonNode noticeKeyboard(String leadId) {
        return Keyboards.inline(List.of(List.of(
                new Button("▶", NOTICE_PREFIX + ":p:" + leadId),
                new Button("✅", NOTICE_PREFIX + ":w:" + leadId),
                new Button("❌", NOTICE_PREFIX + ":l:" + leadId))));
    }

    private void redrawList(ButtonPress press, BotLanguage language, String leadId, LeadStatus status) {
        try {
            List<LeadsClient.Lead> latest = leads.latest().stream()
                    .map(lead -> lead.id().equals(leadId) ? lead.withStatus(statusValue(status)) : lead)
                    .toList();
            outbound.editHtml(press.chatId(), press.messageId(), render(language, latest), keyboard(language, latest));
        } catch (RestClientException e) {
            // The change is on its way; only the redraw is lost.
            log.warn("leads-service did not answer, list not redrawn: {}", e.getMessage());
        }
    }

    /** A registered group's language for what the whole group reads; a private chat's is its user's. */
    private BotLanguage shownIn(long chatId, BotLanguage user) {
        return groups.language(chatId).orElse(user);
    }

    private String render(BotLanguage language, List<LeadsClient.Lead> latest) {
        var text =
                new StringBuilder(texts.text(language, "leads.header", texts.count(language, "leads", latest.size())));
        for (int i = 0; i < latest.size(); i++) {
            var lead = latest.get(i);
            text.append("\n")
                    .append(i + 1)
                    .append(". ")
                    .append(lead.number() == null ? "" : "№" + lead.number() + " ")
                    .append("<b>")
                    .append(TelegramHtml.escape(lead.contact().name()))
                    .append("</b>");
            if (lead.contact().phone() != null) {
                text.append(" · <code>")
                        .append(TelegramHtml.escape(lead.contact().phone()))
                        .append("</code>");
            }
            text.append(" · ").append(statusLabel(language, lead.status()));
        }
        return text.append("\n\n").append(texts.text(language, "leads.legend")).toString();
    }

    private JsonNode keyboard(BotLanguage language, List<LeadsClient.Lead> latest) {
        List<List<Button>> rows = new ArrayList<>();
        for (int i = 0; i < latest.size(); i++) {
            String id = latest.get(i).id();
            int number = i + 1;
            rows.add(List.of(
                    new Button(number + " ▶", BUTTON_PREFIX + ":p:" + id),
                    new Button(number + " ✅", BUTTON_PREFIX + ":w:" + id),
                    new Button(number + " ❌", BUTTON_PREFIX + ":l:" + id)));
        }
        return Keyboards.inline(rows);
    }

    String statusLabel(BotLanguage language, String status) {
        try {
            return texts.text(language, "lead.status." + status);
        } catch (NoSuchMessageException e) {
            // A status leads-service added after this version: show it as it is.
            return TelegramHtml.escape(status);
        }
    }

    /** The lower-case wire name, as leads-service lists statuses. */
    static String statusValue(LeadStatus status) {
        return status.name().toLowerCase(Locale.ROOT);
    }
}
