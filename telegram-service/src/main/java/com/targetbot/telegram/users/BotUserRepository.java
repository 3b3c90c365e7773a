package com.targetbot.telegram.users;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.ClassPathResource;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.stereotype.Repository;

/** Bot users in Redis: the users feature's API for the rest of the service. */
@Repository
public class BotUserRepository {

    @SuppressWarnings("rawtypes")
    private static final RedisScript<List> REGISTER =
            RedisScript.of(new ClassPathResource("register-user.lua", BotUserRepository.class), List.class);

    private static final RedisScript<Long> MARK_INACTIVE =
            RedisScript.of(new ClassPathResource("mark-inactive.lua", BotUserRepository.class), Long.class);

    private final StringRedisTemplate redis;
    private final Clock clock;

    BotUserRepository(StringRedisTemplate redis, Clock clock) {
        this.redis = redis;
        this.clock = clock;
    }

    /**
     * Registers the user on first contact with a fresh token and the client role; for a known user it
     * refreshes the profile, marks them reachable and keeps their token, role and registration time.
     */
    public Registration register(TelegramProfile profile, long chatId) {
        List<?> result = Objects.requireNonNull(
                redis.execute(
                        REGISTER,
                        List.of(UserKeys.user(profile.userId()), UserKeys.ALL),
                        Long.toString(profile.userId()),
                        Long.toString(chatId),
                        profile.firstName(),
                        orEmpty(profile.lastName()),
                        orEmpty(profile.username()),
                        orEmpty(profile.languageCode()),
                        UUID.randomUUID().toString(),
                        BotRole.CLIENT.value(),
                        clock.instant().toString()),
                "register-user.lua result");
        return new Registration(
                UUID.fromString((String) result.get(0)), Long.valueOf(1).equals(result.get(1)));
    }

    public Optional<BotUser> find(long id) {
        Map<String, String> fields = redis.<String, String>opsForHash().entries(UserKeys.user(id));
        return fields.isEmpty() ? Optional.empty() : Optional.of(UserHash.read(fields));
    }

    /**
     * Records that Telegram refused to deliver to the chat (the user blocked the bot). Private chats have
     * the user's id as chat id, so a group chat or an unregistered user matches nobody and is ignored.
     *
     * @return whether a registered user was marked
     */
    public boolean markInactive(long chatId) {
        Long marked = redis.execute(MARK_INACTIVE, List.of(UserKeys.user(chatId)));
        return Long.valueOf(1).equals(marked);
    }

    /**
     * Users who may be reached and work with leads (managers and admins). Reads every user: the bot serves
     * one agency, whose users number in the dozens.
     */
    public List<BotUser> leadManagers() {
        Set<String> ids = redis.opsForSet().members(UserKeys.ALL);
        if (ids == null) {
            return List.of();
        }
        return ids.stream()
                .map(id -> find(Long.parseLong(id)))
                .flatMap(Optional::stream)
                .filter(user -> user.active() && user.role().managesLeads())
                .toList();
    }

    private static String orEmpty(@Nullable String value) {
        return value == null ? "" : value;
    }
}
