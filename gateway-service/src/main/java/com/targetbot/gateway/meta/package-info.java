/**
 * Meta Ads from the gateway: an admin asks for an ad-account sync (published as {@code SyncAdAccounts}) and connects
 * a Meta account through Facebook Login, whose code meta-service exchanges for the token it keeps.
 */
@NullMarked
package com.targetbot.gateway.meta;

import org.jspecify.annotations.NullMarked;
