/**
 * Long polling for a real bot without a public URL ({@code targetbot.telegram.bot.mode=long-polling}, off by
 * default): updates fetched with {@code getUpdates} are published on {@code telegram.updates} exactly as the
 * gateway's webhook publishes them, so the rest of the service cannot tell the two apart.
 */
@NullMarked
package com.targetbot.telegram.polling;

import org.jspecify.annotations.NullMarked;
