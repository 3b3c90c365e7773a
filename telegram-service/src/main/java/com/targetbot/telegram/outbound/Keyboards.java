package com.targetbot.telegram.outbound;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** Bot API {@code reply_markup} objects, built as the JSON Telegram defines so they travel in the contract. */
public final class Keyboards {

    /** Telegram refuses callback data longer than 64 bytes. */
    public static final int MAX_CALLBACK_DATA_BYTES = 64;

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private Keyboards() {}

    /** One inline button. */
    public record Button(String text, String callbackData) {

        public Button {
            if (callbackData.getBytes(StandardCharsets.UTF_8).length > MAX_CALLBACK_DATA_BYTES) {
                throw new IllegalArgumentException("callback data over 64 bytes: " + callbackData);
            }
        }
    }

    /** An inline keyboard, one list per row. */
    public static JsonNode inline(List<List<Button>> rows) {
        ArrayNode keyboard = NODES.arrayNode();
        for (List<Button> row : rows) {
            ArrayNode buttons = keyboard.addArray();
            for (Button button : row) {
                buttons.addObject().put("text", button.text()).put("callback_data", button.callbackData());
            }
        }
        ObjectNode markup = NODES.objectNode();
        markup.set("inline_keyboard", keyboard);
        return markup;
    }

    /** An inline keyboard of one button that opens {@code url} in the user's browser. */
    public static JsonNode link(String text, URI url) {
        ObjectNode markup = NODES.objectNode();
        markup.putArray("inline_keyboard")
                .addArray()
                .addObject()
                .put("text", text)
                .put("url", url.toString());
        return markup;
    }

    /** A one-time reply keyboard whose button shares the user's phone number with the bot. */
    public static JsonNode requestContact(String buttonText) {
        ObjectNode markup = NODES.objectNode();
        markup.putArray("keyboard")
                .addArray()
                .addObject()
                .put("text", buttonText)
                .put("request_contact", true);
        markup.put("resize_keyboard", true).put("one_time_keyboard", true);
        return markup;
    }

    /** Takes a reply keyboard (such as the share-contact button) off the user's screen. */
    public static JsonNode removeKeyboard() {
        return NODES.objectNode().put("remove_keyboard", true);
    }
}
