package com.targetbot.sandbox.telegram;

import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.web.multipart.MultipartFile;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The parameters of one Bot API call, whichever way they came: query string, form fields, JSON body or multipart
 * parts. Like Telegram, it accepts numbers as strings and JSON-serialized objects inside form fields.
 */
final class BotApiParams {

    private final Map<String, JsonNode> values;
    private final Map<String, MultipartFile> files;
    private final JsonMapper mapper;

    BotApiParams(Map<String, JsonNode> values, Map<String, MultipartFile> files, JsonMapper mapper) {
        this.values = values;
        this.files = files;
        this.mapper = mapper;
    }

    Optional<String> text(String name) {
        JsonNode value = values.get(name);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        return Optional.of(value.isString() ? value.stringValue() : value.toString());
    }

    /** A chat id as Telegram reads it; {@code @channel} names are not hosted here, so they are unknown chats. */
    long chatId() {
        String raw = text("chat_id").orElse("");
        if (raw.isEmpty()) {
            throw BotApiException.badRequest("chat_id is empty");
        }
        try {
            return Long.parseLong(raw);
        } catch (NumberFormatException e) {
            throw BotApiException.badRequest("chat not found");
        }
    }

    Optional<Long> longValue(String name) {
        Optional<String> raw = text(name).filter(s -> !s.isEmpty());
        try {
            return raw.map(Long::parseLong);
        } catch (NumberFormatException e) {
            throw BotApiException.badRequest("invalid " + name + " specified");
        }
    }

    boolean flag(String name) {
        return text(name).map(v -> v.equals("true") || v.equals("1")).orElse(false);
    }

    /** A JSON-valued parameter, sent either as JSON inside a JSON body or as a JSON string in a form field. */
    Optional<JsonNode> json(String name, String unparsableReason) {
        JsonNode value = values.get(name);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        if (!value.isString()) {
            return Optional.of(value);
        }
        try {
            return Optional.of(mapper.readTree(value.stringValue()));
        } catch (JacksonException e) {
            throw BotApiException.badRequest(unparsableReason);
        }
    }

    @Nullable MultipartFile file(String name) {
        return files.get(name);
    }
}
