/**
 * The source of a report: leads-service's {@code GET /leads/export}, an NDJSON stream of the leads created
 * in a range (or of every lead), read line by line so a report of any size is produced in constant memory.
 */
@NullMarked
package com.targetbot.reports.leads;

import org.jspecify.annotations.NullMarked;
