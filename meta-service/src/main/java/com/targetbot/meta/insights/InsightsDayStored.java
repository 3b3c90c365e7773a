package com.targetbot.meta.insights;

import com.targetbot.events.meta.AdInsightsDay;

/**
 * A day of statistics is in the store: told in-process after the projection wrote it, so what reads the store about
 * that day (the projects' alerts) never runs ahead of it.
 *
 * @param day the day as written
 */
public record InsightsDayStored(AdInsightsDay day) {}
