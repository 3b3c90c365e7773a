package com.targetbot.gateway.leads;

import com.targetbot.gateway.web.FieldError;
import com.targetbot.gateway.web.InvalidRequestException;
import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * {@code Idempotency-Key} of lead creation: the first request with a key claims it for the lead id it is
 * about to publish; a retry with the same key by the same caller within the window gets that id back and
 * publishes nothing. Keys are per caller, so one caller can neither collide with nor probe another's. As
 * with payment APIs, a key names one intended lead: a retry's body is not compared, the first answer stands.
 */
@Component
class IdempotencyKeys {

    static final String HEADER = "Idempotency-Key";
    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9._:-]{1,128}");

    private final ReactiveStringRedisTemplate redis;
    private final Duration window;

    IdempotencyKeys(ReactiveStringRedisTemplate redis, LeadsProperties properties) {
        this.redis = redis;
        this.window = properties.idempotencyWindow();
    }

    /**
     * @return empty when the key is claimed now for {@code leadId}; the lead id of the earlier request otherwise
     */
    Mono<String> claim(String owner, String key, String leadId) {
        if (!KEY.matcher(key).matches()) {
            return Mono.error(new InvalidRequestException(
                    List.of(new FieldError(HEADER, "must be 1-128 letters, digits or . _ : -"))));
        }
        String redisKey = redisKey(owner, key);
        return redis.opsForValue()
                .setIfAbsent(redisKey, leadId, window)
                .flatMap(claimed -> claimed ? Mono.empty() : redis.opsForValue().get(redisKey));
    }

    /** Frees a claim whose command was never published, so the client's retry creates the lead. */
    Mono<Void> release(String owner, String key) {
        return redis.delete(redisKey(owner, key)).then();
    }

    private static String redisKey(String owner, String key) {
        return "gateway:idempotency:" + owner + ":" + key;
    }
}
