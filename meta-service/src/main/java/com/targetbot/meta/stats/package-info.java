/**
 * The stored snapshot of ad accounts and campaigns ({@code meta:snapshot}) and {@code GET /meta/stats},
 * which serves it in the shape the gateway and the admin UI expect.
 */
@NullMarked
package com.targetbot.meta.stats;

import org.jspecify.annotations.NullMarked;
