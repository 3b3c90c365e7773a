package com.targetbot.meta.sync;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Repository;

/**
 * What was synced of each ad account and what was not, in {@code meta:sync:account:<accountId>} (a hash):
 * {@code backfilled}, {@code structureSyncedAt} and {@code campaigns}, {@code insightsSince}/{@code insightsUntil}/{@code insightsSyncedAt}
 * of the last successful read, and {@code status}, {@code failedAt}, {@code failedStep}, {@code failure} of the last
 * run. A failed step leaves the fields of the steps before it as they were written.
 */
@Repository
class AccountSyncState {

    private final StringRedisTemplate redis;

    AccountSyncState(StringRedisTemplate redis) {
        this.redis = redis;
    }

    Map<String, String> find(String accountId) {
        return redis.<String, String>opsForHash().entries(key(accountId));
    }

    boolean backfilled(String accountId) {
        return "true".equals(redis.<String, String>opsForHash().get(key(accountId), "backfilled"));
    }

    void structureSynced(String accountId, int campaigns, Instant at) {
        redis.opsForHash()
                .putAll(
                        key(accountId),
                        Map.of("structureSyncedAt", at.toString(), "campaigns", Integer.toString(campaigns)));
    }

    /** The campaigns the last structure read found, 0 before the first. */
    int campaigns(String accountId) {
        String campaigns = redis.<String, String>opsForHash().get(key(accountId), "campaigns");
        return campaigns == null ? 0 : Integer.parseInt(campaigns);
    }

    void insightsSynced(String accountId, LocalDate since, LocalDate until, Instant at) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("backfilled", "true");
        fields.put("insightsSince", since.toString());
        fields.put("insightsUntil", until.toString());
        fields.put("insightsSyncedAt", at.toString());
        fields.put("status", "synced");
        redis.opsForHash().putAll(key(accountId), fields);
        redis.opsForHash().delete(key(accountId), "failedAt", "failedStep", "failure");
    }

    void failed(String accountId, String step, String reason, Instant at) {
        redis.opsForHash()
                .putAll(
                        key(accountId),
                        Map.of("status", "failed", "failedStep", step, "failure", reason, "failedAt", at.toString()));
    }

    static String key(String accountId) {
        return "meta:sync:account:" + accountId;
    }
}
