package com.targetbot.gateway.auth;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;

/** Admin accounts, one Redis hash each at {@code gateway:admin:<username>}. */
@Repository
class AdminAccountRepository {

    private static final String KEY_PREFIX = "gateway:admin:";

    // One step, so two gateway instances bootstrapping at once cannot interleave their fields.
    private static final RedisScript<Long> CREATE_IF_ABSENT = RedisScript.of("""
            if redis.call('exists', KEYS[1]) == 1 then return 0 end
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

    /** Stores the account unless one with that name exists; answers whether it was stored. */
    Mono<Boolean> createIfAbsent(AdminAccount account) {
        List<String> fields = List.of(
                "passwordHash",
                account.passwordHash(),
                "role",
                account.role().wireName(),
                "enabled",
                Boolean.toString(account.enabled()),
                "createdAt",
                account.createdAt().toString());
        return redis.execute(CREATE_IF_ABSENT, List.of(KEY_PREFIX + account.username()), fields)
                .next()
                .map(created -> created == 1L);
    }

    private static Optional<AdminAccount> toAccount(String username, Map<String, String> fields) {
        String hash = fields.get("passwordHash");
        String createdAt = fields.get("createdAt");
        return AdminRole.fromWireName(String.valueOf(fields.get("role")))
                .filter(role -> hash != null && createdAt != null)
                .map(role -> new AdminAccount(
                        username, hash, role, Boolean.parseBoolean(fields.get("enabled")), Instant.parse(createdAt)));
    }
}
