/**
 * The Meta webhook: answers the subscription challenge, checks {@code X-Hub-Signature-256} over the raw body
 * in constant time before reading anything of it, and publishes one event per Lead Ads change to
 * {@code meta.webhooks}, answering only after the broker acknowledged them all.
 */
@NullMarked
package com.targetbot.gateway.metawebhook;

import org.jspecify.annotations.NullMarked;
