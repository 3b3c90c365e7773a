package com.targetbot.telegram.adminapi;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.targetbot.kit.web.FieldErrorCode;
import com.targetbot.telegram.i18n.LanguagePreferences;
import com.targetbot.telegram.users.BotUser;
import com.targetbot.telegram.users.BotUserRepository;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Bot users for the admin panel, a page of them by id; changes arrive as commands (AdminCommandsConsumer). */
@RestController
@RequestMapping("/telegram/users")
class UsersController {

    static final int MAX_LIMIT = 200;

    @JsonInclude(JsonInclude.Include.ALWAYS)
    record UserView(
            String id,
            String firstName,
            @Nullable String lastName,
            @Nullable String username,
            String language,
            String role,
            boolean active,
            Instant registeredAt) {}

    @JsonInclude(JsonInclude.Include.ALWAYS)
    record UserPage(List<UserView> items, @Nullable String nextCursor) {}

    private final BotUserRepository users;
    private final LanguagePreferences languages;

    UsersController(BotUserRepository users, LanguagePreferences languages) {
        this.users = users;
        this.languages = languages;
    }

    /**
     * Users ordered by Telegram id; {@code cursor} is the last id of the previous page. The service serves
     * one agency's few dozen users, so a page is cut from the full, sorted list.
     */
    @GetMapping
    UserPage list(
            @RequestParam(defaultValue = "50") int limit, @RequestParam(required = false) @Nullable String cursor) {
        var bad = new BadRequest();
        if (limit < 1 || limit > MAX_LIMIT) {
            bad.reject("limit", FieldErrorCode.OUT_OF_RANGE, "must be between 1 and " + MAX_LIMIT);
        }
        Long after = cursor == null || cursor.isEmpty() ? null : parseId(cursor);
        if (cursor != null && !cursor.isEmpty() && after == null) {
            bad.reject("cursor", FieldErrorCode.INVALID_FORMAT, "must be a user id from nextCursor");
        }
        bad.throwIfAny();
        List<BotUser> rest = users.all().stream()
                .filter(user -> after == null || user.id() > after)
                .toList();
        List<BotUser> page = rest.subList(0, Math.min(limit, rest.size()));
        String next = rest.size() > page.size() ? Long.toString(page.getLast().id()) : null;
        return new UserPage(page.stream().map(this::view).toList(), next);
    }

    private UserView view(BotUser user) {
        return new UserView(
                Long.toString(user.id()),
                user.firstName(),
                user.lastName(),
                user.username(),
                languages.resolve(user.id(), user.languageCode()).name().toLowerCase(Locale.ROOT),
                user.role().value(),
                user.active(),
                user.registeredAt());
    }

    private static @Nullable Long parseId(String value) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
