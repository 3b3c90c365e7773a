/**
 * Lead Ads ingestion: each {@code meta.webhooks} notification's lead is read from the Graph API with its page's
 * token and becomes a {@code CreateLead} whose id is derived from the leadgen id, so a redelivered notification
 * and a reconciled lead are the same lead; pages are subscribed to {@code leadgen}, and a scheduled
 * reconciliation (one replica at a time) creates the leads whose notification never came.
 */
@NullMarked
package com.targetbot.meta.leadgen;

import org.jspecify.annotations.NullMarked;
