package com.targetbot.telegram.updates;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.targetbot.kit.kafka.RejectedEventException;
import org.springframework.stereotype.Component;
import org.telegram.telegrambots.meta.api.objects.Update;
import tools.jackson.databind.JsonNode;

/**
 * Reads a raw update into telegrambots' {@link Update}. telegrambots is built on Jackson 2, hence its own
 * mapper beside Boot's Jackson 3; it ignores unknown properties because Telegram adds fields and update
 * kinds with every Bot API version.
 */
@Component
class UpdateParser {

    private final ObjectMapper mapper = new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    /**
     * @throws RejectedEventException when the JSON is no Bot API update, which no retry can fix
     */
    Update parse(JsonNode raw) {
        try {
            // JsonNode#toString writes the node as standard JSON: the bridge between the two Jackson lines.
            return mapper.readValue(raw.toString(), Update.class);
        } catch (JsonProcessingException e) {
            throw new RejectedEventException("not a Bot API update: " + e.getOriginalMessage());
        }
    }
}
