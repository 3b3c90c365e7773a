/**
 * Edge plumbing every feature shares: RFC 9457 problem+json for every error (controller advice and the
 * exception handler outside controllers), bounded JSON body reading, refusal of credentials in URLs,
 * time-ordered ids and the non-blocking hand-off of commands to Kafka.
 */
@NullMarked
package com.targetbot.gateway.web;

import org.jspecify.annotations.NullMarked;
