/**
 * The internal REST API the admin panel reaches through the gateway ({@code /api/telegram/...}, admin sessions
 * of role admin only): bot users ({@code /telegram/users}: list, change role or activation) and invites
 * ({@code /telegram/invites}: create, list outstanding ones, revoke). Bodies are read field by field, so an
 * unknown field or value is a 400 problem naming it rather than silently ignored. The gateway names the admin
 * in {@code X-TargetBot-Principal}.
 */
@NullMarked
package com.targetbot.telegram.adminapi;

import org.jspecify.annotations.NullMarked;
