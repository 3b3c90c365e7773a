/**
 * leads-service: owns leads. It applies the commands of {@code leads.commands} to the leads in Redis,
 * announces every change on {@code leads.events} (from which Redis can be rebuilt), and answers lead
 * queries, counters and the export over HTTP.
 */
@NullMarked
package com.targetbot.leads;

import org.jspecify.annotations.NullMarked;
