/** Idempotent consumers: remembers processed event ids in Redis for a while. */
@NullMarked
package com.targetbot.kit.idempotency;

import org.jspecify.annotations.NullMarked;
