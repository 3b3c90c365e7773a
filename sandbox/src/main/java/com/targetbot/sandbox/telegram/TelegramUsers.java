package com.targetbot.sandbox.telegram;

import com.targetbot.sandbox.telegram.TelegramObjects.User;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/** The users the tests have played (so private chats carry their names) and those who blocked the bot. */
@Component
class TelegramUsers {

    private final Map<Long, User> known = new ConcurrentHashMap<>();
    private final Set<Long> blocked = ConcurrentHashMap.newKeySet();

    void remember(User user) {
        known.put(user.id(), user);
    }

    Optional<User> find(long userId) {
        return Optional.ofNullable(known.get(userId));
    }

    void block(long userId, boolean block) {
        if (block) {
            blocked.add(userId);
        } else {
            blocked.remove(userId);
        }
    }

    /** Sends into the private chat of a user who blocked the bot fail the way Telegram fails them. */
    void checkCanWrite(long chatId) {
        if (chatId > 0 && blocked.contains(chatId)) {
            throw BotApiException.forbidden("bot was blocked by the user");
        }
    }

    void reset() {
        known.clear();
        blocked.clear();
    }
}
