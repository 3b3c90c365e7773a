package com.targetbot.events.meta;

import com.targetbot.events.Event;

/**
 * Everything published on {@code meta.insights}: daily statistics, one record per ad account, level and day. The
 * topic is compacted on that key, so a restated day replaces the one before it and the store can be rebuilt.
 */
public sealed interface MetaInsightsEvent extends Event permits AdInsightsDay {}
