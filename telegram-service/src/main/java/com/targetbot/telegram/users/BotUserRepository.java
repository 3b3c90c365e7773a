package com.targetbot.telegram.users;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
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

    private static final RedisScript<String> RAISE_ROLE =
            RedisScript.of(new ClassPathResource("raise-role.lua", BotUserRepository.class), String.class);

    private static final RedisScript<Long> CHANGE =
            RedisScript.of(new ClassPathResource("change-user.lua", BotUserRepository.class), Long.class);

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

    /** Whether the user is registered, active and holds {@code role} or a higher one. */
    public boolean holds(long id, BotRole role) {
        return find(id).filter(BotUser::active)
                .map(user -> user.role().includes(role))
                .orElse(false);
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
     * Gives a registered user {@code role} unless they hold a higher one already.
     *
     * @return the role the user holds now; empty for an unknown user
     */
    public Optional<BotRole> raiseRole(long id, BotRole role) {
        return Optional.ofNullable(redis.execute(RAISE_ROLE, List.of(UserKeys.user(id)), role.value()))
                .map(BotRole::of);
    }

    /**
     * An admin's change: sets the role (also a lower one) and activates or deactivates the user; a deactivated
     * user stays so through their next {@code /start}, unlike one the bot merely could not reach.
     *
     * @return the user as changed; empty for an unknown user
     */
    public Optional<BotUser> change(long id, @Nullable BotRole role, @Nullable Boolean active) {
        Long changed = redis.execute(
                CHANGE,
                List.of(UserKeys.user(id)),
                role == null ? "" : role.value(),
                active == null ? "" : active.toString());
        return Long.valueOf(1).equals(changed) ? find(id) : Optional.empty();
    }

    /**
     * Every registered user, by id. Reads every user: the bot serves one agency, whose users number in the
     * dozens.
     */
    public List<BotUser> all() {
        Set<String> ids = redis.opsForSet().members(UserKeys.ALL);
        if (ids == null) {
            return List.of();
        }
        return ids.stream()
                .map(id -> find(Long.parseLong(id)))
                .flatMap(Optional::stream)
                .sorted(Comparator.comparingLong(BotUser::id))
                .toList();
    }

    /** Users who may be reached and work with leads (managers and admins). */
    public List<BotUser> leadManagers() {
        return reachable(BotRole::managesLeads);
    }

    /** Admins who may be reached, for alerts about the integrations. */
    public List<BotUser> admins() {
        return reachable(role -> role == BotRole.ADMIN);
    }

    private List<BotUser> reachable(Predicate<BotRole> role) {
        return all().stream()
                .filter(user -> user.active() && role.test(user.role()))
                .toList();
    }

    private static String orEmpty(@Nullable String value) {
        return value == null ? "" : value;
    }
}
