/**
 * Wiring that belongs to no single feature: the security filter chain (who may call what, CSRF, headers,
 * 401/403 as problem+json) and the admin SPA's entry points.
 */
@NullMarked
package com.targetbot.gateway.config;

import org.jspecify.annotations.NullMarked;
