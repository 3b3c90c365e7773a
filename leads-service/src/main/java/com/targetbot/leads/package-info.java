/**
 * leads-service: owns leads. It stores the leads that {@code leads.commands} asks for in Redis, announces
 * each one on {@code leads.events}, and answers lead queries, counters and the export over HTTP.
 */
@NullMarked
package com.targetbot.leads;

import org.jspecify.annotations.NullMarked;
