package com.targetbot.sandbox.telegram;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/** Bot API objects in Telegram's wire shape: snake_case names, absent optional fields left out. */
final class TelegramObjects {

    static final String BOT_USERNAME = "targetbot_sandbox_bot";
    static final String BOT_FIRST_NAME = "TargetBot Sandbox";

    private TelegramObjects() {}

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record User(
            long id,
            boolean isBot,
            String firstName,
            @Nullable String lastName,
            @Nullable String username,
            @Nullable String languageCode) {

        static User bot(long id) {
            return new User(id, true, BOT_FIRST_NAME, null, BOT_USERNAME, null);
        }
    }

    /** What getMe answers: the bot with its capabilities. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record Me(
            long id,
            boolean isBot,
            String firstName,
            String username,
            boolean canJoinGroups,
            boolean canReadAllGroupMessages,
            boolean supportsInlineQueries,
            boolean canConnectToBusiness,
            boolean hasMainWebApp) {

        static Me of(long id) {
            return new Me(id, true, BOT_FIRST_NAME, BOT_USERNAME, true, false, false, false, false);
        }
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Chat(
            long id,
            String type,
            @Nullable String title,
            @Nullable String firstName,
            @Nullable String lastName,
            @Nullable String username) {

        /** Private chats have the user's id; basic groups small negative ids; supergroups start with -100. */
        static Chat of(long id, @Nullable User user) {
            if (id > 0) {
                return user == null
                        ? new Chat(id, "private", null, null, null, null)
                        : new Chat(id, "private", null, user.firstName(), user.lastName(), user.username());
            }
            String type = id <= -1_000_000_000_000L ? "supergroup" : "group";
            return new Chat(id, type, "Sandbox group " + id, null, null, null);
        }
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record MessageEntity(String type, int offset, int length) {}

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Document(
            String fileId,
            String fileUniqueId,
            String fileName,
            @Nullable String mimeType,
            long fileSize) {}

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Contact(
            String phoneNumber,
            String firstName,
            @Nullable String lastName,
            @Nullable Long userId) {}

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Message(
            int messageId,
            User from,
            Chat chat,
            long date,
            @Nullable Long editDate,
            @Nullable String text,
            @Nullable List<MessageEntity> entities,
            @Nullable String caption,
            @Nullable Document document,
            @Nullable Contact contact,
            @Nullable JsonNode replyMarkup) {}

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record CallbackQuery(String id, User from, Message message, String chatInstance, String data) {}

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Update(
            int updateId,
            @Nullable Message message,
            @Nullable CallbackQuery callbackQuery,
            @Nullable Message editedMessage) {

        static Update message(int updateId, Message message) {
            return new Update(updateId, message, null, null);
        }

        static Update callbackQuery(int updateId, CallbackQuery query) {
            return new Update(updateId, null, query, null);
        }

        static Update edited(int updateId, Message message) {
            return new Update(updateId, null, null, message);
        }
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record WebhookInfo(
            String url,
            boolean hasCustomCertificate,
            int pendingUpdateCount,
            @Nullable String ipAddress,
            @Nullable Long lastErrorDate,
            @Nullable String lastErrorMessage,
            @Nullable Integer maxConnections,
            @Nullable List<String> allowedUpdates) {}

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record BotCommand(String command, String description) {}
}
