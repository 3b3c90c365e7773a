package com.targetbot.gateway.webhook;

import com.targetbot.events.telegram.TelegramUpdateReceived;
import com.targetbot.kit.web.FieldError;
import com.targetbot.kit.web.FieldErrorCode;
import com.targetbot.kit.web.InvalidRequestException;
import java.util.List;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;

/** Turns a Bot API {@code Update} into the event the bot consumes. */
final class TelegramUpdates {

    /** Update members that carry a chat, in the order the chat id is looked for. */
    private static final List<String> CHAT_PATHS = List.of(
            "/message/chat/id",
            "/edited_message/chat/id",
            "/channel_post/chat/id",
            "/callback_query/message/chat/id",
            "/my_chat_member/chat/id",
            "/chat_member/chat/id");

    /** The same members' sender, for updates whose chat is missing (e.g. an inaccessible message). */
    private static final List<String> SENDER_PATHS = List.of(
            "/message/from/id",
            "/edited_message/from/id",
            "/channel_post/from/id",
            "/callback_query/from/id",
            "/my_chat_member/from/id",
            "/chat_member/from/id");

    private TelegramUpdates() {}

    /** The event for a valid update; an update without an integer {@code update_id} is refused. */
    static TelegramUpdateReceived toEvent(JsonNode update) {
        JsonNode updateId = update.path("update_id");
        if (!updateId.isIntegralNumber() || !updateId.canConvertToLong()) {
            throw new InvalidRequestException(
                    List.of(new FieldError("update_id", FieldErrorCode.INVALID_FORMAT, "must be an integer")));
        }
        return new TelegramUpdateReceived(updateId.longValue(), chatId(update), update);
    }

    /**
     * The chat the update belongs to, else the user who caused it, else 0: the partition key that keeps
     * one chat's updates in order.
     */
    static long chatId(JsonNode update) {
        return Stream.concat(CHAT_PATHS.stream(), SENDER_PATHS.stream())
                .map(update::at)
                .filter(id -> id.isIntegralNumber() && id.canConvertToLong())
                .mapToLong(JsonNode::longValue)
                .findFirst()
                .orElse(0L);
    }
}
