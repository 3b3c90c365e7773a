package com.targetbot.gateway.auth;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Admin accounts, one Redis hash each at {@code gateway:admin:<username>}, and the set of usernames at
 * {@code gateway:admins} (a small set an admin lists, never a key-space scan).
 */
@Repository
class AdminAccountRepository {

    private static final String KEY_PREFIX = "gateway:admin:";
    private static final String ALL_ADMINS = "gateway:admins";

    // One step, so two gateway instances bootstrapping at once cannot interleave their fields.
    private static final RedisScript<Long> CREATE_IF_ABSENT = RedisScript.of("""
            if redis.call('exists', KEYS[1]) == 1 then return 0 end
            redis.call('hset', KEYS[1], unpack(ARGV, 2))
            redis.call('sadd', KEYS[2], ARGV[1])
            return 1
            """, Long.class);

    // Updates only an account that exists, so a PATCH racing a delete cannot resurrect half an account.
    private static final RedisScript<Long> UPDATE_IF_PRESENT = RedisScript.of("""
            if redis.call('exists', KEYS[1]) == 0 then return 0 end
            redis.call('hset', KEYS[1], unpack(ARGV))
            return 1
            """, Long.class);

    private final ReactiveStringRedisTemplate redis;

    AdminAccountRepository(ReactiveStringRedisTemplate redis) {
        this.redis = redis;
    }

    Mono<AdminAccount> find(String username) {
        return redis.<String, String>opsForHash()
                .entries(KEY_PREFIX + username)
                .collectMap(Map.Entry::getKey, Map.Entry::getValue)
                .flatMap(fields -> Mono.justOrEmpty(toAccount(username, fields)));
    }

    Mono<Boolean> exists(String username) {
        return redis.hasKey(KEY_PREFIX + username);
    }

    /** Lists an account created before the list existed; a no-op for listed ones. */
    Mono<Void> ensureListed(String username) {
        return redis.opsForSet().add(ALL_ADMINS, username).then();
    }

    Flux<AdminAccount> findAll() {
        return redis.opsForSet().members(ALL_ADMINS).concatMap(this::find);
    }

    /** Stores the account unless one with that name exists; answers whether it was stored. */
    Mono<Boolean> createIfAbsent(AdminAccount account) {
        List<String> args = List.of(
                account.username(),
                "passwordHash",
                account.passwordHash(),
                "role",
                account.role().wireName(),
                "enabled",
                Boolean.toString(account.enabled()),
                "createdAt",
                account.createdAt().toString(),
                "mustChangePassword",
                Boolean.toString(account.mustChangePassword()));
        return redis.execute(CREATE_IF_ABSENT, List.of(KEY_PREFIX + account.username(), ALL_ADMINS), args)
                .next()
                .map(created -> created == 1L);
    }

    /** Changes role and enabled flag of an existing account; answers whether it existed. */
    Mono<Boolean> update(String username, AdminRole role, boolean enabled) {
        return updateIfPresent(username, List.of("role", role.wireName(), "enabled", Boolean.toString(enabled)));
    }

    /** Replaces the password hash and records whether its owner must still change it. */
    Mono<Boolean> setPassword(String username, String passwordHash, boolean mustChangePassword) {
        return updateIfPresent(
                username,
                List.of("passwordHash", passwordHash, "mustChangePassword", Boolean.toString(mustChangePassword)));
    }

    private Mono<Boolean> updateIfPresent(String username, List<String> fields) {
        return redis.execute(UPDATE_IF_PRESENT, List.of(KEY_PREFIX + username), fields)
                .next()
                .map(updated -> updated == 1L);
    }

    private static Optional<AdminAccount> toAccount(String username, Map<String, String> fields) {
        String hash = fields.get("passwordHash");
        String createdAt = fields.get("createdAt");
        return AdminRole.fromWireName(String.valueOf(fields.get("role")))
                .filter(role -> hash != null && createdAt != null)
                .map(role -> new AdminAccount(
                        username,
                        hash,
                        role,
                        Boolean.parseBoolean(fields.get("enabled")),
                        Instant.parse(createdAt),
                        Boolean.parseBoolean(fields.get("mustChangePassword"))));
    }
}
