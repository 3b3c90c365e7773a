package com.targetbot.gateway.apikeys;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * API keys in Redis: a hash per key at {@code gateway:apikey:<sha256>}, an index from public prefix to
 * hash, and the set of all key hashes (a small set an admin lists, never a key-space scan).
 */
@Repository
class ApiKeyRepository {

    private static final String KEY_PREFIX = "gateway:apikey:";
    private static final String PREFIX_INDEX = "gateway:apikey-prefix:";
    private static final String ALL_KEYS = "gateway:apikeys";

    // Key hash, prefix index and listing in one step, refusing a hash or prefix that already exists.
    private static final RedisScript<Long> CREATE_IF_ABSENT = RedisScript.of("""
            if redis.call('exists', KEYS[1]) == 1 or redis.call('exists', KEYS[2]) == 1 then return 0 end
            redis.call('hset', KEYS[1], unpack(ARGV, 2))
            redis.call('set', KEYS[2], ARGV[1])
            redis.call('sadd', KEYS[3], ARGV[1])
            return 1
            """, Long.class);

    private final ReactiveStringRedisTemplate redis;

    ApiKeyRepository(ReactiveStringRedisTemplate redis) {
        this.redis = redis;
    }

    /** The Redis hash holding the key with this hash. */
    static String storageKey(String hash) {
        return KEY_PREFIX + hash;
    }

    Mono<ApiKeyRecord> findByHash(String hash) {
        return redis.<String, String>opsForHash()
                .entries(storageKey(hash))
                .collectMap(Map.Entry::getKey, Map.Entry::getValue)
                .flatMap(fields -> Mono.justOrEmpty(toRecord(hash, fields)));
    }

    Mono<ApiKeyRecord> findByPrefix(String prefix) {
        return redis.opsForValue().get(PREFIX_INDEX + prefix).flatMap(this::findByHash);
    }

    Flux<ApiKeyRecord> findAll() {
        return redis.opsForSet().members(ALL_KEYS).concatMap(this::findByHash);
    }

    /** Stores a new key unless its hash or prefix is taken; answers whether it was stored. */
    Mono<Boolean> createIfAbsent(ApiKeyRecord key) {
        List<String> args = new ArrayList<>(List.of(
                key.hash(),
                "prefix",
                key.prefix(),
                "label",
                key.label(),
                "scopes",
                key.scopes().stream().map(Scope::value).collect(Collectors.joining(" ")),
                "createdAt",
                key.createdAt().toString(),
                "useCount",
                "0",
                "revoked",
                "false"));
        if (key.expiresAt() != null) {
            args.addAll(List.of("expiresAt", key.expiresAt().toString()));
        }
        return redis.execute(
                        CREATE_IF_ABSENT, List.of(storageKey(key.hash()), PREFIX_INDEX + key.prefix(), ALL_KEYS), args)
                .next()
                .map(created -> created == 1L);
    }

    Mono<Void> revoke(String hash) {
        return redis.<String, String>opsForHash()
                .put(storageKey(hash), "revoked", "true")
                .then();
    }

    private static Optional<ApiKeyRecord> toRecord(String hash, Map<String, String> fields) {
        String prefix = fields.get("prefix");
        String createdAt = fields.get("createdAt");
        if (prefix == null || createdAt == null) {
            return Optional.empty();
        }
        Set<Scope> scopes = EnumSet.noneOf(Scope.class);
        Arrays.stream(fields.getOrDefault("scopes", "").split(" "))
                .map(Scope::fromValue)
                .flatMap(Optional::stream)
                .forEach(scopes::add);
        String lastUsedAt = fields.get("lastUsedAt");
        String expiresAt = fields.get("expiresAt");
        return Optional.of(new ApiKeyRecord(
                hash,
                prefix,
                fields.getOrDefault("label", ""),
                scopes,
                Instant.parse(createdAt),
                expiresAt == null ? null : Instant.parse(expiresAt),
                lastUsedAt == null ? null : Instant.parse(lastUsedAt),
                Long.parseLong(fields.getOrDefault("useCount", "0")),
                Boolean.parseBoolean(fields.get("revoked"))));
    }
}
