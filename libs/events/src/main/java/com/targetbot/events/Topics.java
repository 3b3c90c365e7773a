package com.targetbot.events;

import java.time.Duration;
import java.util.List;

/** The catalog of topics: names are stable strings, never derived from Java packages. */
public final class Topics {

    public static final Topic TELEGRAM_UPDATES = new Topic(
            "telegram.updates", "Telegram chat id", "Bot API updates accepted by the gateway webhook or long polling");
    public static final Topic TELEGRAM_OUTBOUND =
            new Topic("telegram.outbound", "Telegram chat id", "Messages the bot is asked to send");
    public static final Topic TELEGRAM_COMMANDS = new Topic(
            "telegram.commands",
            "bot user id or invite id",
            "Admins' changes to bot users and invites, accepted by the gateway");
    public static final Topic LEADS_COMMANDS =
            new Topic("leads.commands", "lead id", "Commands that change leads, accepted by the gateway");
    // leads-service rebuilds its Redis state from this topic, so it must hold every lead's whole history.
    public static final Topic LEADS_EVENTS =
            new Topic("leads.events", "lead id", "What happened to leads", Topic.FOREVER);
    public static final Topic META_COMMANDS =
            new Topic("meta.commands", "sync id or ad account id", "Commands for the Meta Ads integration");
    public static final Topic META_EVENTS = new Topic(
            "meta.events",
            "sync id, ad account id, or meta-token for the token's checks",
            "Outcomes of Meta Ads synchronisation and of the access token's checks");
    public static final Topic REPORTS_COMMANDS =
            new Topic("reports.commands", "report id", "Requests to generate reports");
    public static final Topic REPORTS_EVENTS = new Topic("reports.events", "report id", "Reports generated or failed");
    public static final Topic AUDIT_EVENTS = new Topic(
            "audit.events", "API key prefix", "Audit trail: every request made with an API key", Duration.ofDays(365));

    /** Every topic of the contract, in documentation order. */
    public static final List<Topic> ALL = List.of(
            TELEGRAM_UPDATES,
            TELEGRAM_OUTBOUND,
            TELEGRAM_COMMANDS,
            LEADS_COMMANDS,
            LEADS_EVENTS,
            META_COMMANDS,
            META_EVENTS,
            REPORTS_COMMANDS,
            REPORTS_EVENTS,
            AUDIT_EVENTS);

    private Topics() {}
}
