package com.targetbot.telegram.outbound;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;

import com.targetbot.events.telegram.SendTelegramMessage;
import com.targetbot.kit.kafka.RejectedEventException;
import com.targetbot.telegram.users.BotUserRepository;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

class BotApiSenderTests {

    final TelegramClient client = mock(TelegramClient.class);
    final BotUserRepository users = mock(BotUserRepository.class);
    final List<Duration> pauses = new ArrayList<>();
    // A clock that moves only by the pauses: every wait shows up in full among them.
    final AtomicLong clock = new AtomicLong();
    final BotApiSender.Pause pause = duration -> {
        pauses.add(duration);
        clock.addAndGet(duration.toNanos());
    };
    final BotApiSender sender =
            new BotApiSender(client, users, Duration.ofSeconds(30), pause, new Throttle(30, 1, 20, clock::get, pause));

    @Test
    void htmlMessageIsSentInHtmlParseMode() throws TelegramApiException {
        sender.send(new SendTelegramMessage(42, "<b>hi</b>", true));

        var sent = ArgumentCaptor.forClass(SendMessage.class);
        then(client).should().execute(sent.capture());
        assertThat(sent.getValue().getChatId()).isEqualTo("42");
        assertThat(sent.getValue().getText()).isEqualTo("<b>hi</b>");
        assertThat(sent.getValue().getParseMode()).isEqualTo("HTML");
        assertThat(sent.getValue().getMessageThreadId()).isNull();
    }

    @Test
    void messageForAForumTopicIsSentInIt() throws TelegramApiException {
        sender.send(new SendTelegramMessage(-1001, "hi", true, null, 42));

        var sent = ArgumentCaptor.forClass(SendMessage.class);
        then(client).should().execute(sent.capture());
        assertThat(sent.getValue().getMessageThreadId()).isEqualTo(42);
    }

    @Test
    void secondMessageToAPrivateChatWaitsASecondAfterTheFirstAndOtherChatsDoNotWait() throws TelegramApiException {
        sender.send(new SendTelegramMessage(42, "one", true));
        sender.send(new SendTelegramMessage(42, "two", true));
        sender.send(new SendTelegramMessage(43, "three", true));

        then(client).should(org.mockito.Mockito.times(3)).execute(any(SendMessage.class));
        assertThat(pauses).containsExactly(Duration.ofSeconds(1));
    }

    @Test
    void inlineKeyboardTravelsAsTheBotApiMarkup() throws TelegramApiException {
        var keyboard = Keyboards.inline(java.util.List.of(java.util.List.of(new Keyboards.Button("Да", "lead:x"))));

        sender.send(new SendTelegramMessage(42, "?", true, keyboard));

        var sent = ArgumentCaptor.forClass(SendMessage.class);
        then(client).should().execute(sent.capture());
        var markup = (org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup)
                sent.getValue().getReplyMarkup();
        assertThat(markup.getKeyboard().getFirst().getFirst().getCallbackData()).isEqualTo("lead:x");
    }

    @Test
    void plainMessageIsSentWithoutParseMode() throws TelegramApiException {
        sender.send(new SendTelegramMessage(42, "2 < 3", false));

        var sent = ArgumentCaptor.forClass(SendMessage.class);
        then(client).should().execute(sent.capture());
        assertThat(sent.getValue().getParseMode()).isNull();
    }

    @Test
    void userWhoBlockedTheBotIsMarkedInactiveAndTheMessageIsRejectedWithoutRetry() throws TelegramApiException {
        given(client.execute(any(SendMessage.class)))
                .willThrow(answer("{\"ok\":false,\"error_code\":403,"
                        + "\"description\":\"Forbidden: bot was blocked by the user\"}"));

        assertThatThrownBy(() -> sender.send(new SendTelegramMessage(42, "hi", true)))
                .isInstanceOf(RejectedEventException.class)
                .hasMessageContaining("403")
                .hasMessageContaining("bot was blocked by the user");
        then(users).should().markInactive(42);
    }

    @Test
    void badRequestIsRejectedWithoutRetryAndLeavesTheUserActive() throws TelegramApiException {
        given(client.execute(any(SendMessage.class)))
                .willThrow(answer("{\"ok\":false,\"error_code\":400,"
                        + "\"description\":\"Bad Request: can't parse entities\"}"));

        assertThatThrownBy(() -> sender.send(new SendTelegramMessage(42, "<b>", true)))
                .isInstanceOf(RejectedEventException.class)
                .hasMessageContaining("can't parse entities");
        then(users).should(never()).markInactive(anyLong());
    }

    @Test
    void floodControlWaitsRetryAfterThenLeavesTheMessageToTheRetries() throws TelegramApiException {
        given(client.execute(any(SendMessage.class)))
                .willThrow(
                        answer("{\"ok\":false,\"error_code\":429,\"description\":\"Too Many Requests: retry after 7\","
                                + "\"parameters\":{\"retry_after\":7}}"));

        assertThatThrownBy(() -> sender.send(new SendTelegramMessage(42, "hi", true)))
                .isInstanceOf(RateLimitedException.class)
                .isNotInstanceOf(RejectedEventException.class);
        assertThat(pauses).containsExactly(Duration.ofSeconds(7));
    }

    @Test
    void retryAfterLongerThanTheCapWaitsOnlyTheCap() throws TelegramApiException {
        given(client.execute(any(SendMessage.class)))
                .willThrow(answer("{\"ok\":false,\"error_code\":429,\"description\":\"Too Many Requests\","
                        + "\"parameters\":{\"retry_after\":3600}}"));

        assertThatThrownBy(() -> sender.send(new SendTelegramMessage(42, "hi", true)))
                .isInstanceOf(RateLimitedException.class);
        assertThat(pauses).containsExactly(Duration.ofSeconds(30));
    }

    @Test
    void serverErrorIsLeftToTheRetries() throws TelegramApiException {
        given(client.execute(any(SendMessage.class)))
                .willThrow(answer("{\"ok\":false,\"error_code\":502,\"description\":\"Bad Gateway\"}"));

        assertThatThrownBy(() -> sender.send(new SendTelegramMessage(42, "hi", true)))
                .isInstanceOf(BotApiUnavailableException.class);
        assertThat(pauses).isEmpty();
    }

    @Test
    void unreachableApiIsLeftToTheRetries() throws TelegramApiException {
        given(client.execute(any(SendMessage.class)))
                .willThrow(new TelegramApiException("Unable to execute sendmessage method"));

        assertThatThrownBy(() -> sender.send(new SendTelegramMessage(42, "hi", true)))
                .isInstanceOf(BotApiUnavailableException.class)
                .hasMessageContaining("chat 42");
    }

    /** The exception the real client raises for an error answer of the Bot API. */
    private static TelegramApiRequestException answer(String json) {
        try {
            SendMessage.builder().chatId(42L).text("hi").build().deserializeResponse(json);
        } catch (TelegramApiRequestException e) {
            return e;
        }
        throw new AssertionError("not an error answer: " + json);
    }
}
