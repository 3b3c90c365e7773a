/**
 * Synchronisation on {@code meta.commands}: reads ad accounts and their campaigns, stores one snapshot,
 * records the outcome per sync id and publishes it on {@code meta.events}. A failed sync keeps the
 * previous snapshot.
 */
@NullMarked
package com.targetbot.meta.sync;

import org.jspecify.annotations.NullMarked;
