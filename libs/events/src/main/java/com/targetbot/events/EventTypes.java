package com.targetbot.events;

import com.targetbot.events.audit.ApiKeyUsed;
import com.targetbot.events.audit.AuditEvent;
import com.targetbot.events.leads.CreateLead;
import com.targetbot.events.leads.CreateLeadV1;
import com.targetbot.events.leads.DeleteLead;
import com.targetbot.events.leads.LeadCommand;
import com.targetbot.events.leads.LeadCreated;
import com.targetbot.events.leads.LeadCreatedV1;
import com.targetbot.events.leads.LeadDeleted;
import com.targetbot.events.leads.LeadEvent;
import com.targetbot.events.leads.LeadStatusChanged;
import com.targetbot.events.leads.LeadStatusChangedV1;
import com.targetbot.events.leads.LeadUpdated;
import com.targetbot.events.leads.UpdateLead;
import com.targetbot.events.meta.AdAccountChanged;
import com.targetbot.events.meta.AdAccountsSyncFailed;
import com.targetbot.events.meta.AdAccountsSynced;
import com.targetbot.events.meta.AdChanged;
import com.targetbot.events.meta.AdInsightsDay;
import com.targetbot.events.meta.AdSetChanged;
import com.targetbot.events.meta.CampaignChanged;
import com.targetbot.events.meta.MetaCommand;
import com.targetbot.events.meta.MetaEvent;
import com.targetbot.events.meta.MetaInsightsEvent;
import com.targetbot.events.meta.MetaLeadgenReceived;
import com.targetbot.events.meta.MetaStructureEvent;
import com.targetbot.events.meta.MetaTokenEvent;
import com.targetbot.events.meta.MetaTokenExpiring;
import com.targetbot.events.meta.MetaTokenExpiringV1;
import com.targetbot.events.meta.MetaTokenHealthy;
import com.targetbot.events.meta.MetaTokenInvalid;
import com.targetbot.events.meta.MetaTokenInvalidV1;
import com.targetbot.events.meta.MetaWebhookEvent;
import com.targetbot.events.meta.SyncAdAccounts;
import com.targetbot.events.projects.AcknowledgeAlert;
import com.targetbot.events.projects.AlertAcknowledged;
import com.targetbot.events.projects.AlertEscalated;
import com.targetbot.events.projects.AlertRaised;
import com.targetbot.events.projects.BindProjectChat;
import com.targetbot.events.projects.ProjectAlertEvent;
import com.targetbot.events.projects.ProjectChanged;
import com.targetbot.events.projects.ProjectCommand;
import com.targetbot.events.projects.ProjectDeleted;
import com.targetbot.events.projects.ProjectEvent;
import com.targetbot.events.projects.UnbindProjectChat;
import com.targetbot.events.reports.GenerateReport;
import com.targetbot.events.reports.ReportCommand;
import com.targetbot.events.reports.ReportEvent;
import com.targetbot.events.reports.ReportFailed;
import com.targetbot.events.reports.ReportGenerated;
import com.targetbot.events.telegram.ChangeBotUser;
import com.targetbot.events.telegram.CreateInvite;
import com.targetbot.events.telegram.EditTelegramMessage;
import com.targetbot.events.telegram.RevokeInvite;
import com.targetbot.events.telegram.SendTelegramMessage;
import com.targetbot.events.telegram.TelegramAdminCommand;
import com.targetbot.events.telegram.TelegramOutboundCommand;
import com.targetbot.events.telegram.TelegramUpdateEvent;
import com.targetbot.events.telegram.TelegramUpdateReceived;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The one place that maps CloudEvents type names to records and topics. */
public final class EventTypes {

    /** The sealed roots of the contract; every record they permit must be registered below. */
    public static final List<Class<? extends Event>> ROOTS = List.of(
            TelegramUpdateEvent.class,
            TelegramOutboundCommand.class,
            TelegramAdminCommand.class,
            LeadCommand.class,
            LeadEvent.class,
            MetaCommand.class,
            MetaEvent.class,
            MetaTokenEvent.class,
            MetaStructureEvent.class,
            MetaInsightsEvent.class,
            ReportCommand.class,
            ReportEvent.class,
            AuditEvent.class,
            MetaWebhookEvent.class,
            ProjectCommand.class,
            ProjectEvent.class,
            ProjectAlertEvent.class);

    private static final EventType<CreateLead> CREATE_LEAD =
            new EventType<>("com.targetbot.lead.create.v2", CreateLead.class, Topics.LEADS_COMMANDS);
    private static final EventType<LeadCreated> LEAD_CREATED =
            new EventType<>("com.targetbot.lead.created.v2", LeadCreated.class, Topics.LEADS_EVENTS);
    private static final EventType<LeadStatusChanged> LEAD_STATUS_CHANGED =
            new EventType<>("com.targetbot.lead.status_changed.v2", LeadStatusChanged.class, Topics.LEADS_EVENTS);
    private static final EventType<MetaTokenExpiring> META_TOKEN_EXPIRING =
            new EventType<>("com.targetbot.meta.token.expiring.v2", MetaTokenExpiring.class, Topics.META_EVENTS);
    private static final EventType<MetaTokenInvalid> META_TOKEN_INVALID =
            new EventType<>("com.targetbot.meta.token.invalid.v2", MetaTokenInvalid.class, Topics.META_EVENTS);

    private static final List<EventType<?>> ALL = List.of(
            new EventType<>(
                    "com.targetbot.telegram.update.received.v1", TelegramUpdateReceived.class, Topics.TELEGRAM_UPDATES),
            new EventType<>(
                    "com.targetbot.telegram.message.send.v1", SendTelegramMessage.class, Topics.TELEGRAM_OUTBOUND),
            new EventType<>(
                    "com.targetbot.telegram.message.edit.v1", EditTelegramMessage.class, Topics.TELEGRAM_OUTBOUND),
            new EventType<>("com.targetbot.telegram.user.change.v1", ChangeBotUser.class, Topics.TELEGRAM_COMMANDS),
            new EventType<>("com.targetbot.telegram.invite.create.v1", CreateInvite.class, Topics.TELEGRAM_COMMANDS),
            new EventType<>("com.targetbot.telegram.invite.revoke.v1", RevokeInvite.class, Topics.TELEGRAM_COMMANDS),
            CREATE_LEAD,
            LEAD_CREATED,
            new EventType<>("com.targetbot.lead.update.v1", UpdateLead.class, Topics.LEADS_COMMANDS),
            new EventType<>("com.targetbot.lead.delete.v1", DeleteLead.class, Topics.LEADS_COMMANDS),
            new EventType<>("com.targetbot.lead.updated.v1", LeadUpdated.class, Topics.LEADS_EVENTS),
            LEAD_STATUS_CHANGED,
            new EventType<>("com.targetbot.lead.deleted.v1", LeadDeleted.class, Topics.LEADS_EVENTS),
            new EventType<>("com.targetbot.meta.adaccounts.sync.v1", SyncAdAccounts.class, Topics.META_COMMANDS),
            new EventType<>("com.targetbot.meta.adaccounts.synced.v1", AdAccountsSynced.class, Topics.META_EVENTS),
            new EventType<>(
                    "com.targetbot.meta.adaccounts.sync_failed.v1", AdAccountsSyncFailed.class, Topics.META_EVENTS),
            META_TOKEN_EXPIRING,
            META_TOKEN_INVALID,
            new EventType<>("com.targetbot.meta.token.healthy.v1", MetaTokenHealthy.class, Topics.META_EVENTS),
            new EventType<>("com.targetbot.meta.adaccount.changed.v1", AdAccountChanged.class, Topics.META_EVENTS),
            new EventType<>("com.targetbot.meta.campaign.changed.v1", CampaignChanged.class, Topics.META_EVENTS),
            new EventType<>("com.targetbot.meta.adset.changed.v1", AdSetChanged.class, Topics.META_EVENTS),
            new EventType<>("com.targetbot.meta.ad.changed.v1", AdChanged.class, Topics.META_EVENTS),
            new EventType<>("com.targetbot.meta.insights.day.v1", AdInsightsDay.class, Topics.META_INSIGHTS),
            new EventType<>("com.targetbot.report.generate.v1", GenerateReport.class, Topics.REPORTS_COMMANDS),
            new EventType<>("com.targetbot.report.generated.v1", ReportGenerated.class, Topics.REPORTS_EVENTS),
            new EventType<>("com.targetbot.report.failed.v1", ReportFailed.class, Topics.REPORTS_EVENTS),
            new EventType<>("com.targetbot.audit.apikey.used.v1", ApiKeyUsed.class, Topics.AUDIT_EVENTS),
            new EventType<>("com.targetbot.meta.leadgen.received.v1", MetaLeadgenReceived.class, Topics.META_WEBHOOKS),
            new EventType<>("com.targetbot.project.chat.bind.v1", BindProjectChat.class, Topics.PROJECTS_COMMANDS),
            new EventType<>("com.targetbot.project.chat.unbind.v1", UnbindProjectChat.class, Topics.PROJECTS_COMMANDS),
            new EventType<>("com.targetbot.project.changed.v1", ProjectChanged.class, Topics.PROJECTS_EVENTS),
            new EventType<>("com.targetbot.project.deleted.v1", ProjectDeleted.class, Topics.PROJECTS_EVENTS),
            new EventType<>(
                    "com.targetbot.project.alert.acknowledge.v1", AcknowledgeAlert.class, Topics.PROJECTS_COMMANDS),
            new EventType<>("com.targetbot.project.alert.raised.v1", AlertRaised.class, Topics.PROJECTS_ALERTS),
            new EventType<>(
                    "com.targetbot.project.alert.acknowledged.v1", AlertAcknowledged.class, Topics.PROJECTS_ALERTS),
            new EventType<>("com.targetbot.project.alert.escalated.v1", AlertEscalated.class, Topics.PROJECTS_ALERTS));

    // Still read, never written: leads.events is kept forever and a rebuild replays it; meta.events keeps the
    // token's v1 alerts for its retention, and a consumer may meet them after an upgrade.
    private static final List<RetiredEventType> RETIRED = List.of(
            new RetiredEventType("com.targetbot.lead.create.v1", CreateLeadV1.class, CREATE_LEAD),
            new RetiredEventType("com.targetbot.lead.created.v1", LeadCreatedV1.class, LEAD_CREATED),
            new RetiredEventType(
                    "com.targetbot.lead.status_changed.v1", LeadStatusChangedV1.class, LEAD_STATUS_CHANGED),
            new RetiredEventType(
                    "com.targetbot.meta.token.expiring.v1", MetaTokenExpiringV1.class, META_TOKEN_EXPIRING),
            new RetiredEventType("com.targetbot.meta.token.invalid.v1", MetaTokenInvalidV1.class, META_TOKEN_INVALID));

    private static final Map<String, EventType<?>> BY_NAME =
            ALL.stream().collect(Collectors.toUnmodifiableMap(EventType::name, Function.identity()));
    private static final Map<String, RetiredEventType> RETIRED_BY_NAME =
            RETIRED.stream().collect(Collectors.toUnmodifiableMap(RetiredEventType::name, Function.identity()));
    private static final Map<Class<?>, EventType<?>> BY_CLASS =
            ALL.stream().collect(Collectors.toUnmodifiableMap(EventType::javaType, Function.identity()));

    private EventTypes() {}

    /** Every registered type. */
    public static List<EventType<?>> all() {
        return ALL;
    }

    /** Every retired version that is still read. */
    public static List<RetiredEventType> retired() {
        return RETIRED;
    }

    /** The retired version with this {@code ce_type}, if it is one. */
    public static Optional<RetiredEventType> retired(String name) {
        return Optional.ofNullable(RETIRED_BY_NAME.get(name));
    }

    /** The types published on one topic. */
    public static List<EventType<?>> on(Topic topic) {
        return ALL.stream().filter(type -> type.topic().equals(topic)).toList();
    }

    /**
     * Looks a type up by its {@code ce_type}.
     *
     * @throws MalformedEventException when the name is not part of the contract
     */
    public static EventType<?> byName(String name) {
        EventType<?> type = BY_NAME.get(name);
        if (type == null) {
            throw new MalformedEventException("unknown event type '" + name + "'");
        }
        return type;
    }

    /** The registered type of an event record. */
    @SuppressWarnings("unchecked")
    public static <E extends Event> EventType<E> typeOf(E event) {
        EventType<?> type = BY_CLASS.get(event.getClass());
        if (type == null) {
            throw new IllegalArgumentException(event.getClass().getName() + " is not registered in EventTypes");
        }
        return (EventType<E>) type;
    }
}
