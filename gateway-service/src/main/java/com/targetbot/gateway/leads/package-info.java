/**
 * Lead writes: validates and normalises a lead (E.164 phone, e-mail) and publishes {@code CreateLead} with
 * an id chosen here (once per {@code Idempotency-Key}); validates changes against the fields a client may
 * change and publishes {@code UpdateLead} and {@code DeleteLead}; every write answers 202 with the lead's
 * location once Kafka has the command.
 */
@NullMarked
package com.targetbot.gateway.leads;

import org.jspecify.annotations.NullMarked;
