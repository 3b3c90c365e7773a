/**
 * Lead writes: validates and normalises a lead (E.164 phone, e-mail) and publishes {@code CreateLead} with
 * an id chosen here, answering 202 with the lead's future location.
 */
@NullMarked
package com.targetbot.gateway.leads;

import org.jspecify.annotations.NullMarked;
