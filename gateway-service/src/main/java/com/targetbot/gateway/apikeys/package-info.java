/**
 * API keys for integrations ({@code X-Auth-Key}): high-entropy keys stored only as SHA-256 hashes,
 * scoped, revocable, with last-use time and use count; the bootstrap key from the environment and the
 * admin endpoints that issue, list and revoke keys.
 */
@NullMarked
package com.targetbot.gateway.apikeys;

import org.jspecify.annotations.NullMarked;
