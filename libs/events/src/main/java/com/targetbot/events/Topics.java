package com.targetbot.events;

import java.time.Duration;
import java.util.List;

/** The catalog of topics: names are stable strings, never derived from Java packages. */
public final class Topics {

    // The names as compile-time constants, for annotations such as @KafkaListener(topics = ...).
    public static final String TELEGRAM_UPDATES_NAME = "telegram.updates";
    public static final String TELEGRAM_OUTBOUND_NAME = "telegram.outbound";
    public static final String TELEGRAM_COMMANDS_NAME = "telegram.commands";
    public static final String LEADS_COMMANDS_NAME = "leads.commands";
    public static final String LEADS_EVENTS_NAME = "leads.events";
    public static final String META_COMMANDS_NAME = "meta.commands";
    public static final String META_EVENTS_NAME = "meta.events";
    public static final String META_INSIGHTS_NAME = "meta.insights";
    public static final String REPORTS_COMMANDS_NAME = "reports.commands";
    public static final String REPORTS_EVENTS_NAME = "reports.events";
    public static final String AUDIT_EVENTS_NAME = "audit.events";
    public static final String META_WEBHOOKS_NAME = "meta.webhooks";
    public static final String PROJECTS_COMMANDS_NAME = "projects.commands";
    public static final String PROJECTS_EVENTS_NAME = "projects.events";
    public static final String PROJECTS_ALERTS_NAME = "projects.alerts";

    public static final Topic TELEGRAM_UPDATES = new Topic(
            TELEGRAM_UPDATES_NAME,
            "Telegram chat id",
            "Bot API updates accepted by the gateway webhook or long polling");
    public static final Topic TELEGRAM_OUTBOUND =
            new Topic(TELEGRAM_OUTBOUND_NAME, "Telegram chat id", "Messages the bot is asked to send");
    public static final Topic TELEGRAM_COMMANDS = new Topic(
            TELEGRAM_COMMANDS_NAME,
            "bot user id or invite id",
            "Admins' changes to bot users and invites, accepted by the gateway");
    public static final Topic LEADS_COMMANDS =
            new Topic(LEADS_COMMANDS_NAME, "lead id", "Commands that change leads, accepted by the gateway");
    // leads-service rebuilds its Redis state from this topic, so it must hold every lead's whole history.
    public static final Topic LEADS_EVENTS =
            new Topic(LEADS_EVENTS_NAME, "lead id", "What happened to leads", Topic.FOREVER);
    public static final Topic META_COMMANDS =
            new Topic(META_COMMANDS_NAME, "sync id or ad account id", "Commands for the Meta Ads integration");
    public static final Topic META_EVENTS = new Topic(
            META_EVENTS_NAME,
            "sync id, ad account id, or meta-token for the token's checks",
            "Outcomes of Meta Ads synchronisation and of the connections' token checks");
    // Compacted on <accountId>:<level>:<date>: a restated day replaces the earlier read, and meta-service rebuilds
    // its statistics store from the topic.
    public static final Topic META_INSIGHTS = Topic.compacted(
            META_INSIGHTS_NAME,
            "<ad account id>:<level>:<date>",
            "Daily Meta Ads statistics, one record per ad account, level and day");
    public static final Topic REPORTS_COMMANDS =
            new Topic(REPORTS_COMMANDS_NAME, "report id", "Requests to generate reports");
    public static final Topic REPORTS_EVENTS =
            new Topic(REPORTS_EVENTS_NAME, "report id", "Reports generated or failed");
    public static final Topic AUDIT_EVENTS = new Topic(
            AUDIT_EVENTS_NAME,
            "API key prefix",
            "Audit trail: every request made with an API key",
            Duration.ofDays(365));

    // Lead Ads: Meta retries an unacknowledged notification for up to 36 hours, the default week covers it.
    public static final Topic META_WEBHOOKS =
            new Topic(META_WEBHOOKS_NAME, "leadgen id", "Signed Meta webhook notifications accepted by the gateway");

    public static final Topic PROJECTS_COMMANDS = new Topic(
            PROJECTS_COMMANDS_NAME,
            "project id",
            "Changes to projects asked for from the bot, applied by meta-service");
    // Compacted on the project id: the newest record of a project is its whole state, which every service that
    // routes by project rebuilds its view from.
    public static final Topic PROJECTS_EVENTS = Topic.compacted(
            PROJECTS_EVENTS_NAME,
            "project id",
            "Projects (the agency's clients) as they change, newest state per project");

    public static final Topic PROJECTS_ALERTS = new Topic(
            PROJECTS_ALERTS_NAME, "project id", "Projects' alerts: raised, acknowledged, escalated to the admins");

    /** Every topic of the contract, in documentation order. */
    public static final List<Topic> ALL = List.of(
            TELEGRAM_UPDATES,
            TELEGRAM_OUTBOUND,
            TELEGRAM_COMMANDS,
            LEADS_COMMANDS,
            LEADS_EVENTS,
            META_COMMANDS,
            META_EVENTS,
            META_INSIGHTS,
            REPORTS_COMMANDS,
            REPORTS_EVENTS,
            AUDIT_EVENTS,
            META_WEBHOOKS,
            PROJECTS_COMMANDS,
            PROJECTS_EVENTS,
            PROJECTS_ALERTS);

    private Topics() {}
}
