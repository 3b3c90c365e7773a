/** Event records of the leads domain. */
@NullMarked
package com.targetbot.events.leads;

import org.jspecify.annotations.NullMarked;
