package com.targetbot.gateway.leads;

import com.targetbot.kit.web.FieldError;
import com.targetbot.kit.web.FieldErrorCode;
import com.targetbot.kit.web.InvalidRequestException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponseException;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code Idempotency-Key} of lead creation: the first request with a key claims it for the lead id it is
 * about to publish; a retry with the same key by the same caller within the window gets that id back and
 * publishes nothing. Keys are per caller, so one caller can neither collide with nor probe another's. A key
 * names one intended lead: reusing it for a different lead is a client bug that would otherwise lose that lead
 * silently, so it is refused with 422, as the IETF Idempotency-Key draft prescribes. Requests are compared
 * after validation, so a retry that only formats the phone differently is still the same lead.
 */
@Component
class IdempotencyKeys {

    static final String HEADER = "Idempotency-Key";
    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9._:-]{1,128}");

    private final ReactiveStringRedisTemplate redis;
    private final JsonMapper mapper;
    private final Duration window;

    IdempotencyKeys(ReactiveStringRedisTemplate redis, JsonMapper mapper, LeadsProperties properties) {
        this.redis = redis;
        this.mapper = mapper;
        this.window = properties.idempotencyWindow();
    }

    /**
     * @param lead the validated request, remembered as a digest to recognise a retry
     * @return empty when the key is claimed now for {@code leadId}; the lead id of the earlier request otherwise,
     *     or a 422 error when the earlier request under this key was a different lead
     */
    Mono<String> claim(String owner, String key, String leadId, NewLead lead) {
        if (!KEY.matcher(key).matches()) {
            return Mono.error(new InvalidRequestException(List.of(new FieldError(
                    HEADER, FieldErrorCode.INVALID_FORMAT, "must be 1-128 letters, digits or . _ : -"))));
        }
        String redisKey = redisKey(owner, key);
        String digest = digest(lead);
        return redis.opsForValue()
                .setIfAbsent(redisKey, leadId + " " + digest, window)
                .flatMap(claimed -> claimed ? Mono.empty() : redis.opsForValue().get(redisKey))
                .flatMap(earlier -> {
                    int space = earlier.indexOf(' ');
                    return earlier.substring(space + 1).equals(digest)
                            ? Mono.just(earlier.substring(0, space))
                            : Mono.error(IdempotencyKeys::reusedForAnotherLead);
                });
    }

    /** Frees a claim whose command was never published, so the client's retry creates the lead. */
    Mono<Void> release(String owner, String key) {
        return redis.delete(redisKey(owner, key)).then();
    }

    private String digest(NewLead lead) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(mapper.writeValueAsBytes(lead));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime provides SHA-256", e);
        }
    }

    private static ErrorResponseException reusedForAnotherLead() {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.UNPROCESSABLE_CONTENT,
                "This Idempotency-Key was used for a different lead; send each new lead with a new key");
        problem.setProperty(
                "errors",
                List.of(new FieldError(
                        HEADER, FieldErrorCode.CONFLICT, "was already used for a request with another body")));
        return new ErrorResponseException(HttpStatus.UNPROCESSABLE_CONTENT, problem, null);
    }

    private static String redisKey(String owner, String key) {
        return "gateway:idempotency:" + owner + ":" + key;
    }
}
