package com.targetbot.events.meta;

import com.targetbot.events.Event;

/** Commands for the Meta Ads integration. */
public sealed interface MetaCommand extends Event permits SyncAdAccounts {}
