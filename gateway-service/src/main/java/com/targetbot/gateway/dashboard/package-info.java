/**
 * The admin dashboard summary, composed from the services' own read APIs, each call bounded by a short
 * timeout and degraded to empty values when its service does not answer.
 */
@NullMarked
package com.targetbot.gateway.dashboard;

import org.jspecify.annotations.NullMarked;
