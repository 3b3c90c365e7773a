package com.targetbot.leads.store;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A page of leads, newest first.
 *
 * @param items the leads
 * @param nextCursor where the next page starts; null when there is none
 */
public record LeadPage(List<Lead> items, @Nullable String nextCursor) {}
