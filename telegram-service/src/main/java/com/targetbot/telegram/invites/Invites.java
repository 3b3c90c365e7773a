package com.targetbot.telegram.invites;

import com.targetbot.events.telegram.CreateInvite;
import com.targetbot.telegram.users.BotRole;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.ClassPathResource;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.stereotype.Component;

/**
 * The invites feature's API: single-use links that give a bot user a role. Only the SHA-256 of a token is
 * stored, so a copy of Redis holds no working link; the token exists only in the link shown to its creator.
 */
@Component
public class Invites {

    // Telegram passes a /start payload of at most 64 characters of A-Z a-z 0-9 _ -.
    private static final Pattern PAYLOAD = Pattern.compile("[A-Za-z0-9_-]{1,64}");
    // 256 random bits: 43 URL-safe characters, well inside the payload's 64.
    private static final int TOKEN_BYTES = 32;
    private static final Pattern TOKEN_HASH = Pattern.compile("[0-9a-f]{64}");
    private static final String INDEX = "telegram:invites";

    private static final RedisScript<Long> CREATE =
            RedisScript.of(new ClassPathResource("create-invite.lua", Invites.class), Long.class);
    private static final RedisScript<String> REDEEM =
            RedisScript.of(new ClassPathResource("redeem-invite.lua", Invites.class), String.class);

    private final StringRedisTemplate redis;
    private final BotUsername bot;
    private final InviteProperties properties;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    Invites(StringRedisTemplate redis, BotUsername bot, InviteProperties properties, Clock clock) {
        this.redis = redis;
        this.bot = bot;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * The bot's {@code @username} that links name.
     *
     * @throws BotUnknownException when it cannot be learnt
     */
    public String botUsername() {
        return bot.get();
    }

    /**
     * Creates an invite.
     *
     * @param ttl how long it works; the configured default when null
     * @throws BotUnknownException when the bot's username, which the link names, cannot be learnt
     */
    public IssuedInvite create(BotRole role, @Nullable Duration ttl, String createdBy) {
        String botName = bot.get();
        byte[] bytes = new byte[TOKEN_BYTES];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant expiresAt = clock.instant().plus(ttl == null ? properties.defaultTtl() : ttl);
        var invite = new Invite(UUID.randomUUID().toString(), role, expiresAt, createdBy);
        store(invite, CreateInvite.tokenHash(token));
        return new IssuedInvite(invite, "https://t.me/" + botName + "?start=" + token);
    }

    /**
     * Stores an invite whose token was minted elsewhere (the gateway), by the token's SHA-256 alone. An invite
     * already stored under that hash is left as it is, and one past its expiry is not stored.
     *
     * @param tokenHash lower-case hex SHA-256 of the token
     * @return whether it was stored
     */
    public boolean store(Invite invite, String tokenHash) {
        if (!TOKEN_HASH.matcher(tokenHash).matches()) {
            throw new IllegalArgumentException("token hash must be 64 lower-case hex digits");
        }
        if (!invite.expiresAt().isAfter(clock.instant())) {
            return false;
        }
        Long stored = redis.execute(
                CREATE,
                List.of(key(tokenHash), INDEX),
                invite.id(),
                invite.role().value(),
                invite.expiresAt().toString(),
                invite.createdBy(),
                Long.toString(invite.expiresAt().toEpochMilli()),
                tokenHash);
        return Long.valueOf(1).equals(stored);
    }

    /**
     * Redeems the invite a {@code /start} payload carries, atomically: of users racing on one link exactly
     * one gets the role. The same user redeeming again soon after (a redelivered update) gets it again.
     *
     * @return the invite's role; empty when the payload is no invite, or it expired, was revoked or used
     */
    public Optional<BotRole> redeem(String payload, long userId) {
        if (!PAYLOAD.matcher(payload).matches()) {
            return Optional.empty();
        }
        return Optional.ofNullable(redis.execute(
                        REDEEM,
                        List.of(key(CreateInvite.tokenHash(payload)), INDEX),
                        Long.toString(userId),
                        Long.toString(properties.usedMemory().toSeconds())))
                .flatMap(BotRole::fromValue);
    }

    /** Invites not used, revoked or expired yet, soonest to expire first. */
    public List<Invite> outstanding() {
        var invites = new ArrayList<Invite>();
        Map<String, String> index = redis.<String, String>opsForHash().entries(INDEX);
        index.forEach((id, hash) -> {
            Map<String, String> fields = redis.<String, String>opsForHash().entries(key(hash));
            Optional<BotRole> role = Optional.ofNullable(fields.get("role")).flatMap(BotRole::fromValue);
            if (role.isEmpty() || fields.containsKey("usedBy")) {
                // Expired (Redis dropped it) or used: no longer outstanding.
                redis.opsForHash().delete(INDEX, id);
                return;
            }
            invites.add(new Invite(
                    id, role.get(), Instant.parse(fields.get("expiresAt")), fields.getOrDefault("createdBy", "")));
        });
        invites.sort(Comparator.comparing(Invite::expiresAt));
        return invites;
    }

    /** @return whether an outstanding invite was revoked */
    public boolean revoke(String id) {
        Object hash = redis.opsForHash().get(INDEX, id);
        if (hash == null) {
            return false;
        }
        redis.opsForHash().delete(INDEX, id);
        return Boolean.TRUE.equals(redis.delete(key(hash.toString())));
    }

    private static String key(String hash) {
        return "telegram:invite:" + hash;
    }
}
