package com.targetbot.sandbox.telegram;

import com.targetbot.sandbox.telegram.TelegramObjects.Me;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import org.springframework.stereotype.Component;

/** The Bot API methods the sandbox speaks, by name; Telegram matches method names case-insensitively. */
@Component
class BotApi {

    private final Map<String, Function<BotApiParams, CompletableFuture<BotReply>>> methods;

    BotApi(
            MessageMethods messages,
            WebhookMethods webhooks,
            CommandMethods commands,
            TelegramSandboxProperties properties) {
        Me me = Me.of(properties.botId());
        this.methods = Map.ofEntries(
                now("getMe", params -> BotReply.of(me)),
                now("sendMessage", messages::sendMessage),
                now("sendDocument", messages::sendDocument),
                now("editMessageText", messages::editMessageText),
                now("editMessageReplyMarkup", messages::editMessageReplyMarkup),
                now("answerCallbackQuery", messages::answerCallbackQuery),
                now("setMyCommands", commands::setMyCommands),
                now("getMyCommands", commands::getMyCommands),
                now("deleteMyCommands", commands::deleteMyCommands),
                now("setWebhook", webhooks::setWebhook),
                now("deleteWebhook", webhooks::deleteWebhook),
                now("getWebhookInfo", webhooks::getWebhookInfo),
                Map.entry("getupdates", webhooks::getUpdates));
    }

    CompletableFuture<BotReply> call(String method, BotApiParams params) {
        var handler = methods.get(method.toLowerCase(Locale.ROOT));
        if (handler == null) {
            throw BotApiException.methodNotFound();
        }
        return handler.apply(params);
    }

    private static Map.Entry<String, Function<BotApiParams, CompletableFuture<BotReply>>> now(
            String name, Function<BotApiParams, BotReply> method) {
        return Map.entry(
                name.toLowerCase(Locale.ROOT), params -> CompletableFuture.completedFuture(method.apply(params)));
    }
}
