/**
 * Meta Ads writes: an admin asks for an ad-account sync, published as {@code SyncAdAccounts}.
 */
@NullMarked
package com.targetbot.gateway.meta;

import org.jspecify.annotations.NullMarked;
