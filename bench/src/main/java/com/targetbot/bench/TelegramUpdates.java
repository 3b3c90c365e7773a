package com.targetbot.bench;

/** Bot API {@code Update} bodies as Telegram posts them to a webhook: a private chat's text message. */
final class TelegramUpdates {

    /** Updates spread over this many chats, so the gateway's keyed records use every partition. */
    static final int CHATS = 1000;

    private static final long FIRST_CHAT = 700_000_000L;
    private static final long DATE = 1_764_072_000L;

    private TelegramUpdates() {}

    static long chatId(long updateId) {
        return FIRST_CHAT + updateId % CHATS;
    }

    static String message(long updateId) {
        long chatId = chatId(updateId);
        return "{\"update_id\":" + updateId
                + ",\"message\":{\"message_id\":" + updateId
                + ",\"from\":{\"id\":" + chatId
                + ",\"is_bot\":false,\"first_name\":\"Bench\",\"language_code\":\"ru\"}"
                + ",\"chat\":{\"id\":" + chatId
                + ",\"first_name\":\"Bench\",\"type\":\"private\"}"
                + ",\"date\":" + DATE
                + ",\"text\":\"/start\"}}";
    }
}
