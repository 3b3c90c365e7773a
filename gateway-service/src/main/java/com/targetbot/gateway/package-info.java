/**
 * The gateway service: the single entry point for Telegram, integrations and the admin SPA. It
 * authenticates and validates writes and publishes them to Kafka, routes reads to the owning services
 * and composes the dashboard.
 */
@NullMarked
package com.targetbot.gateway;

import org.jspecify.annotations.NullMarked;
