/** Event records of the reports domain. */
@NullMarked
package com.targetbot.events.reports;

import org.jspecify.annotations.NullMarked;
