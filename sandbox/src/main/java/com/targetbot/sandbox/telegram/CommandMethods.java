package com.targetbot.sandbox.telegram;

import com.targetbot.sandbox.telegram.TelegramObjects.BotCommand;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/** setMyCommands, getMyCommands and deleteMyCommands: one command list per scope and language code. */
@Component
class CommandMethods {

    private static final Pattern COMMAND = Pattern.compile("[a-z0-9_]{1,32}");
    private static final Pattern LANGUAGE = Pattern.compile("|[a-z]{2}");

    private final Map<String, List<BotCommand>> lists = new ConcurrentHashMap<>();

    BotReply setMyCommands(BotApiParams params) {
        JsonNode commands = params.json("commands", "can't parse commands JSON object")
                .orElseThrow(() -> BotApiException.badRequest("parameter \"commands\" is required"));
        if (!commands.isArray() || commands.size() > 100) {
            throw BotApiException.badRequest("BOT_COMMANDS_TOO_MUCH");
        }
        List<BotCommand> parsed = new ArrayList<>();
        for (JsonNode command : commands.values()) {
            String name = command.path("command").asString("");
            String description = command.path("description").asString("");
            if (!COMMAND.matcher(name).matches()) {
                throw BotApiException.badRequest("BOT_COMMAND_INVALID");
            }
            if (description.isEmpty() || description.length() > 256) {
                throw BotApiException.badRequest("BOT_COMMAND_DESCRIPTION_INVALID");
            }
            parsed.add(new BotCommand(name, description));
        }
        lists.put(key(params), List.copyOf(parsed));
        return BotReply.of(true);
    }

    BotReply getMyCommands(BotApiParams params) {
        return BotReply.of(lists.getOrDefault(key(params), List.of()));
    }

    BotReply deleteMyCommands(BotApiParams params) {
        lists.remove(key(params));
        return BotReply.of(true);
    }

    void reset() {
        lists.clear();
    }

    private static String key(BotApiParams params) {
        String language = params.text("language_code").orElse("");
        if (!LANGUAGE.matcher(language).matches()) {
            throw BotApiException.badRequest("invalid language code specified");
        }
        String scope = params.json("scope", "can't parse BotCommandScope JSON object")
                .map(JsonNode::toString)
                .orElse("{\"type\":\"default\"}");
        return scope + "|" + language;
    }
}
