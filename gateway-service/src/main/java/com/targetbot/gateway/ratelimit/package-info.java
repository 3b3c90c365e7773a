/**
 * Request rate limits at the edge, counted in Redis so every replica shares them: per API key for
 * integrations, per client IP for unauthenticated calls. When Redis fails the limits fail open (logged
 * and counted for alerting), since sessions and keys then fail closed anyway.
 */
@NullMarked
package com.targetbot.gateway.ratelimit;

import org.jspecify.annotations.NullMarked;
