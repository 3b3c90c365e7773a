package com.targetbot.meta.lease;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.stereotype.Component;

/**
 * One holder at a time across replicas of whatever a name stands for (an ad account's sync, the projects' writes):
 * {@code SET meta:lock:<name> <token> NX PX <ttl>}. Released by compare-and-delete, so a replica whose lease expired
 * cannot free another's; the expiry frees the name if its holder dies. A long holder (a year's backfill of a large
 * account) renews its lease between steps by compare-and-expire, and stops when it finds the lease gone to someone
 * else.
 */
@Component
public class Leases {

    private static final RedisScript<Long> RELEASE = RedisScript.of(
            "if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) else return 0 end",
            Long.class);
    private static final RedisScript<Long> RENEW = RedisScript.of(
            "if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('pexpire', KEYS[1], ARGV[2]) else return 0"
                    + " end",
            Long.class);

    private final StringRedisTemplate redis;

    Leases(StringRedisTemplate redis) {
        this.redis = redis;
    }

    /** The name's lease, or empty when someone else holds it. */
    public Optional<Lease> tryLock(String name, Duration ttl) {
        String owner = UUID.randomUUID().toString();
        boolean taken = Boolean.TRUE.equals(redis.opsForValue().setIfAbsent(key(name), owner, ttl));
        return taken ? Optional.of(new Lease(name, owner)) : Optional.empty();
    }

    public static String key(String name) {
        return "meta:lock:" + name;
    }

    public final class Lease implements AutoCloseable {

        private final String name;
        private final String owner;

        private Lease(String name, String owner) {
            this.name = name;
            this.owner = owner;
        }

        /**
         * Extends the lease by {@code ttl} from now.
         *
         * @throws LostException when the lease expired and another holder took the account meanwhile, or nobody
         *     holds it (then another replica may take it at any moment): the caller must stop writing for it
         */
        public void keep(Duration ttl) {
            Long renewed = redis.execute(RENEW, List.of(key(name)), owner, Long.toString(ttl.toMillis()));
            if (renewed == null || renewed == 0) {
                throw new LostException(name);
            }
        }

        @Override
        public void close() {
            redis.execute(RELEASE, List.of(key(name)), owner);
        }
    }

    /** The holder outlived its lease and the name may be another replica's now. */
    public static final class LostException extends RuntimeException {

        LostException(String name) {
            super("the lease on " + name + " was lost; another run may hold it");
        }
    }
}
