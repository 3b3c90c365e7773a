package com.targetbot.events.meta;

import com.targetbot.events.Event;

/** Notifications Meta sent to the gateway's signed webhook, one record per change. */
public sealed interface MetaWebhookEvent extends Event permits MetaLeadgenReceived {}
