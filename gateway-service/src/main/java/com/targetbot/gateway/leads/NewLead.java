package com.targetbot.gateway.leads;

import org.jspecify.annotations.Nullable;

/** A lead request that passed validation: trimmed, phone in E.164. */
record NewLead(
        String name,
        @Nullable String phone,
        @Nullable String email,
        @Nullable String comment) {}
