package com.targetbot.gateway.telegram;

import com.targetbot.gateway.routes.ServicesProperties;
import java.net.URI;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;

/**
 * Invite links, {@code https://t.me/<bot>?start=<token>}. The bot's username is asked from telegram-service
 * once (it learns it from Telegram) and kept: it does not change while the bot's token stays.
 */
@Component
class BotLinks {

    private final WebClient client;
    private final URI bot;
    private volatile @Nullable String username;

    BotLinks(WebClient.Builder builder, ServicesProperties services) {
        this.client = builder.build();
        this.bot = services.telegram().url().resolve("/telegram/bot");
    }

    /** The link that opens the bot with {@code token}; a 503 problem when telegram-service cannot name the bot. */
    Mono<String> link(String token) {
        String known = username;
        Mono<String> name = known != null
                ? Mono.just(known)
                : client.get()
                        .uri(bot)
                        .retrieve()
                        .bodyToMono(JsonNode.class)
                        .map(body -> body.path("username").asString(""))
                        .filter(found -> !found.isBlank())
                        .doOnNext(found -> username = found)
                        .switchIfEmpty(Mono.error(() -> unknown("telegram-service named no bot")))
                        .onErrorMap(
                                failure -> !(failure instanceof ErrorResponseException),
                                failure -> unknown(failure.getMessage()));
        return name.map(found -> "https://t.me/" + found + "?start=" + token);
    }

    private static ErrorResponseException unknown(@Nullable String why) {
        var problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.SERVICE_UNAVAILABLE, "The bot's username is unknown, so no invite link can be made: " + why);
        return new ErrorResponseException(HttpStatus.SERVICE_UNAVAILABLE, problem, null);
    }
}
