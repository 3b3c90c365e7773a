/**
 * The Meta connections the service acts through (a Facebook user's or a Business Manager system user's token) and
 * their tokens, which never leave meta-service.
 */
@NullMarked
package com.targetbot.meta.connections;

import org.jspecify.annotations.NullMarked;
