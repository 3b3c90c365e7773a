/** Audit records: who used which credential for what, kept apart from business events. */
@NullMarked
package com.targetbot.events.audit;

import org.jspecify.annotations.NullMarked;
