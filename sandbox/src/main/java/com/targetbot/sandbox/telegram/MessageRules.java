package com.targetbot.sandbox.telegram;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/** The message checks Telegram makes before it accepts text, captions and keyboards, with its error texts. */
final class MessageRules {

    static final int MAX_TEXT_LENGTH = 4096;
    static final int MAX_CAPTION_LENGTH = 1024;
    static final int MAX_CALLBACK_DATA_BYTES = 64;

    private static final Set<String> HTML_TAGS = Set.of(
            "b",
            "strong",
            "i",
            "em",
            "u",
            "ins",
            "s",
            "strike",
            "del",
            "span",
            "tg-spoiler",
            "a",
            "tg-emoji",
            "code",
            "pre",
            "blockquote");
    // Telegram matches parse modes case-insensitively; telegrambots sends "html".
    private static final Set<String> PARSE_MODES = Set.of("html", "markdownv2", "markdown");

    private MessageRules() {}

    /** Checks message text and returns it; Telegram counts the limit on the text left after parsing entities. */
    static String messageText(@Nullable String text, @Nullable String parseMode) {
        if (text == null || text.isBlank()) {
            throw BotApiException.badRequest("message text is empty");
        }
        int visible = visibleLength(text, parseMode);
        if (visible == 0) {
            throw BotApiException.badRequest("message text is empty");
        }
        if (visible > MAX_TEXT_LENGTH) {
            throw BotApiException.badRequest("message is too long");
        }
        return text;
    }

    static void caption(@Nullable String caption, @Nullable String parseMode) {
        if (caption != null && visibleLength(caption, parseMode) > MAX_CAPTION_LENGTH) {
            throw BotApiException.badRequest("message caption is too long");
        }
    }

    static int visibleLength(String text, @Nullable String parseMode) {
        if (parseMode == null || parseMode.isEmpty()) {
            return text.length();
        }
        String mode = parseMode.toLowerCase(java.util.Locale.ROOT);
        if (!PARSE_MODES.contains(mode)) {
            throw BotApiException.badRequest("unsupported parse_mode");
        }
        return mode.equals("html") ? htmlVisibleLength(text) : text.length();
    }

    /**
     * Parses Telegram's HTML subset the way the Bot API does: only its tags, properly nested, everything else
     * escaped. Returns the length of the text without tags, counting an entity such as {@code &lt;} as one.
     */
    static int htmlVisibleLength(String html) {
        Deque<String> open = new ArrayDeque<>();
        int visible = 0;
        int i = 0;
        while (i < html.length()) {
            char c = html.charAt(i);
            if (c == '<') {
                int end = html.indexOf('>', i);
                if (end < 0) {
                    throw cantParse("Can't find end of the tag starting at byte offset " + byteOffset(html, i));
                }
                String tag = html.substring(i + 1, end).trim();
                if (tag.startsWith("/")) {
                    String name = tag.substring(1).trim().toLowerCase();
                    if (open.isEmpty()) {
                        throw cantParse("Unexpected end tag at byte offset " + byteOffset(html, i));
                    }
                    if (!open.peek().equals(name)) {
                        throw cantParse("Unmatched end tag at byte offset %d, expected \"</%s>\", found \"</%s>\""
                                .formatted(byteOffset(html, i), open.peek(), name));
                    }
                    open.pop();
                } else {
                    String name = tagName(tag);
                    if (!HTML_TAGS.contains(name)) {
                        throw cantParse(
                                "Unsupported start tag \"%s\" at byte offset %d".formatted(name, byteOffset(html, i)));
                    }
                    open.push(name);
                }
                i = end + 1;
            } else if (c == '&') {
                int semicolon = html.indexOf(';', i);
                boolean entity = semicolon > i + 1
                        && semicolon - i <= 10
                        && html.substring(i + 1, semicolon).matches("#?[A-Za-z0-9]+");
                i = entity ? semicolon + 1 : i + 1;
                visible++;
            } else {
                i++;
                visible++;
            }
        }
        if (!open.isEmpty()) {
            throw cantParse("Can't find end tag corresponding to start tag \"%s\"".formatted(open.peek()));
        }
        return visible;
    }

    /** Inline keyboards are checked (callback data is limited in bytes, so Cyrillic counts double); others kept. */
    static void replyMarkup(@Nullable JsonNode markup) {
        if (markup == null) {
            return;
        }
        if (!markup.isObject()) {
            throw BotApiException.badRequest("can't parse reply keyboard markup JSON object");
        }
        JsonNode keyboard = markup.get("inline_keyboard");
        if (keyboard == null) {
            return;
        }
        if (!keyboard.isArray()) {
            throw BotApiException.badRequest(
                    "can't parse inline keyboard markup: Field \"inline_keyboard\" must be of type Array");
        }
        for (JsonNode row : keyboard.values()) {
            if (!row.isArray()) {
                throw BotApiException.badRequest("can't parse inline keyboard markup: rows must be of type Array");
            }
            for (JsonNode button : row.values()) {
                inlineButton(button);
            }
        }
    }

    private static void inlineButton(JsonNode button) {
        JsonNode text = button.get("text");
        if (text == null || !text.isString()) {
            throw BotApiException.badRequest(
                    "can't parse inline keyboard button: Field \"text\" must be of type String");
        }
        JsonNode data = button.get("callback_data");
        if (data != null) {
            int bytes = data.asString().getBytes(StandardCharsets.UTF_8).length;
            if (bytes < 1 || bytes > MAX_CALLBACK_DATA_BYTES) {
                throw BotApiException.badRequest("BUTTON_DATA_INVALID");
            }
            return;
        }
        boolean hasAction =
                button.properties().stream().anyMatch(field -> !field.getKey().equals("text"));
        if (!hasAction) {
            throw BotApiException.badRequest(
                    "can't parse inline keyboard button: Text buttons are unallowed in the inline keyboard");
        }
    }

    /** Whether a keyboard has a button that sends this callback data. */
    static boolean hasCallbackData(@Nullable JsonNode markup, String data) {
        if (markup == null || !markup.path("inline_keyboard").isArray()) {
            return false;
        }
        return markup.path("inline_keyboard").values().stream()
                .flatMap(row -> row.values().stream())
                .anyMatch(button -> data.equals(button.path("callback_data").asString(null)));
    }

    private static String tagName(String tag) {
        int end = 0;
        while (end < tag.length() && !Character.isWhitespace(tag.charAt(end)) && tag.charAt(end) != '/') {
            end++;
        }
        return tag.substring(0, end).toLowerCase();
    }

    private static int byteOffset(String text, int index) {
        return text.substring(0, index).getBytes(StandardCharsets.UTF_8).length;
    }

    private static BotApiException cantParse(String detail) {
        return BotApiException.badRequest("can't parse entities: " + detail);
    }
}
