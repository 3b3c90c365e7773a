package com.targetbot.events.audit;

import com.targetbot.events.Event;

/** Something a credential was used for, recorded for an audit trail. */
public sealed interface AuditEvent extends Event permits ApiKeyUsed {}
