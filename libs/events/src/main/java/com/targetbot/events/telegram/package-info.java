/** Event records of the telegram domain. */
@NullMarked
package com.targetbot.events.telegram;

import org.jspecify.annotations.NullMarked;
