package com.targetbot.sandbox.telegram;

import com.targetbot.sandbox.telegram.TelegramObjects.Update;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

/** The test's side of Telegram: play users, read what the bot sent, block users, switch flood limits, reset. */
@RestController
@RequestMapping("/sandbox/telegram")
class TelegramControlController {

    private final BotMessages messages;
    private final UpdateFactory updateFactory;
    private final Updates updates;
    private final TelegramUsers users;
    private final RateLimits rateLimits;
    private final CallbackQueries callbackQueries;
    private final CommandMethods commands;
    private final JsonMapper mapper;

    TelegramControlController(
            BotMessages messages,
            UpdateFactory updateFactory,
            Updates updates,
            TelegramUsers users,
            RateLimits rateLimits,
            CallbackQueries callbackQueries,
            CommandMethods commands,
            JsonMapper mapper) {
        this.messages = messages;
        this.updateFactory = updateFactory;
        this.updates = updates;
        this.users = users;
        this.rateLimits = rateLimits;
        this.callbackQueries = callbackQueries;
        this.commands = commands;
        this.mapper = mapper;
    }

    @GetMapping("/messages")
    List<RecordedMessage> messages(@RequestParam(required = false) @Nullable Long chatId) {
        return messages.list(chatId);
    }

    @DeleteMapping("/messages")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void clearMessages() {
        messages.clear();
    }

    /** What the bot answered to button presses (popup texts), of one presser or of all, oldest first. */
    @GetMapping("/callback-answers")
    List<CallbackQueries.CallbackAnswer> callbackAnswers(@RequestParam(required = false) @Nullable Long userId) {
        return callbackQueries.answers(userId);
    }

    /**
     * Opens a callback query without delivering an update, for tests that hand the bot its updates themselves
     * (e.g. straight onto Kafka): the bot's answer to the returned id is then accepted and recorded.
     */
    @PostMapping("/callback-queries")
    @ResponseStatus(HttpStatus.CREATED)
    OpenedQuery openCallbackQuery(@Valid @RequestBody QueryToOpen query) {
        return new OpenedQuery(callbackQueries.open(query.userId(), query.chatId(), query.data()));
    }

    @PostMapping("/updates")
    Updates.Delivery play(@Valid @RequestBody PlayedUpdate played) {
        int updateId = updates.nextUpdateId();
        Update update = updateFactory.create(updateId, played);
        return updates.publish(updateId, mapper.valueToTree(update));
    }

    @PostMapping("/users/{userId}/blocked")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void block(@PathVariable long userId, @RequestBody Blocked request) {
        users.block(userId, request.blocked());
    }

    @GetMapping("/stats")
    Stats stats() {
        return new Stats(messages.sentCount(), rateLimits.rejected());
    }

    @PutMapping("/rate-limits")
    RateLimitSwitch rateLimits(@RequestBody RateLimitSwitch request) {
        rateLimits.enforce(request.enforce());
        return new RateLimitSwitch(rateLimits.enforced());
    }

    /** Back to a fresh Telegram, except that update and message ids keep increasing. */
    @PostMapping("/reset")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void reset() {
        messages.reset();
        updates.reset();
        users.reset();
        rateLimits.reset();
        callbackQueries.reset();
        commands.reset();
        updateFactory.reset();
    }

    record Blocked(boolean blocked) {}

    record QueryToOpen(
            @NotNull @Positive Long userId,
            @NotNull Long chatId,
            @NotBlank String data) {}

    record OpenedQuery(String id) {}

    record Stats(long sent, long rateLimited) {}

    record RateLimitSwitch(boolean enforce) {}
}
