/**
 * The lead export: every lead, or those created in a time range, as NDJSON, oldest first, streamed page by
 * page so memory stays constant however many leads there are.
 */
@NullMarked
package com.targetbot.leads.export;

import org.jspecify.annotations.NullMarked;
