/** Event records of the meta domain. */
@NullMarked
package com.targetbot.events.meta;

import org.jspecify.annotations.NullMarked;
