package com.targetbot.meta.sync;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.stereotype.Component;

/**
 * One sync of an ad account at a time across replicas and connections: {@code SET meta:lock:<accountId> <token> NX
 * PX <ttl>}. Released by compare-and-delete, so a replica whose lease expired cannot free another's; the expiry
 * frees the account if its holder dies. A long sync (a year's backfill of a large account) renews its lease between
 * steps by compare-and-expire, and stops when it finds the lease gone to someone else.
 */
@Component
class AccountLock {

    private static final RedisScript<Long> RELEASE = RedisScript.of(
            "if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) else return 0 end",
            Long.class);
    private static final RedisScript<Long> RENEW = RedisScript.of(
            "if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('pexpire', KEYS[1], ARGV[2]) else return 0"
                    + " end",
            Long.class);

    private final StringRedisTemplate redis;

    AccountLock(StringRedisTemplate redis) {
        this.redis = redis;
    }

    /** The account's lease, or empty when someone else holds it. */
    Optional<Lease> tryLock(String accountId, Duration ttl) {
        String owner = UUID.randomUUID().toString();
        boolean taken = Boolean.TRUE.equals(redis.opsForValue().setIfAbsent(key(accountId), owner, ttl));
        return taken ? Optional.of(new Lease(accountId, owner)) : Optional.empty();
    }

    static String key(String accountId) {
        return "meta:lock:" + accountId;
    }

    final class Lease implements AutoCloseable {

        private final String accountId;
        private final String owner;

        private Lease(String accountId, String owner) {
            this.accountId = accountId;
            this.owner = owner;
        }

        /**
         * Extends the lease by {@code ttl} from now.
         *
         * @throws LostException when the lease expired and another holder took the account meanwhile, or nobody
         *     holds it (then another replica may take it at any moment): the caller must stop writing for it
         */
        void keep(Duration ttl) {
            Long renewed = redis.execute(RENEW, List.of(key(accountId)), owner, Long.toString(ttl.toMillis()));
            if (renewed == null || renewed == 0) {
                throw new LostException(accountId);
            }
        }

        @Override
        public void close() {
            redis.execute(RELEASE, List.of(key(accountId)), owner);
        }
    }

    /** The sync outlived its lease and the account may be another replica's now. */
    static final class LostException extends RuntimeException {

        LostException(String accountId) {
            super("the lease on " + accountId + " was lost; another run may hold it");
        }
    }
}
