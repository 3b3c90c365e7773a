package com.targetbot.telegram.polling;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.targetbot.events.telegram.TelegramUpdateReceived;
import java.io.UncheckedIOException;
import org.telegram.telegrambots.meta.api.objects.Update;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns an update telegrambots fetched (a Jackson 2 object) back into the raw JSON form the contract
 * carries (a Jackson 3 tree), with the chat id the topic is keyed by.
 */
final class UpdateJson {

    // Absent optional fields stay absent, as in Telegram's own JSON.
    private final ObjectMapper telegramMapper =
            new ObjectMapper().setDefaultPropertyInclusion(JsonInclude.Include.NON_NULL);
    private final JsonMapper contractMapper = JsonMapper.builder().build();

    TelegramUpdateReceived toEvent(Update update) {
        JsonNode raw;
        try {
            raw = contractMapper.readTree(telegramMapper.writeValueAsBytes(update));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
        return new TelegramUpdateReceived(update.getUpdateId(), chatId(raw), raw);
    }

    /**
     * The chat an update belongs to, whatever its kind: the {@code chat} of the update's object or of the
     * message it refers to (callback queries), else the acting user (inline queries, poll answers), else 0.
     */
    static long chatId(JsonNode update) {
        for (String kind : update.propertyNames()) {
            JsonNode payload = update.path(kind);
            for (JsonNode candidate : new JsonNode[] {
                payload.path("chat").path("id"),
                payload.path("message").path("chat").path("id"),
                payload.path("from").path("id"),
                payload.path("user").path("id")
            }) {
                if (candidate.isIntegralNumber()) {
                    return candidate.asLong();
                }
            }
        }
        return 0;
    }
}
