/**
 * Routed reads: the downstream service addresses and the gateway filter that tells a service who is
 * asking; the routes themselves are declared in {@code application.yml}.
 */
@NullMarked
package com.targetbot.gateway.routes;

import org.jspecify.annotations.NullMarked;
