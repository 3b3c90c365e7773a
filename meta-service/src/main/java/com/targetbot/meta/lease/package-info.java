/** Leases in Redis that let one replica at a time do a piece of work. */
@NullMarked
package com.targetbot.meta.lease;

import org.jspecify.annotations.NullMarked;
