package com.targetbot.telegram.outbound;

import static com.targetbot.telegram.TelegramUpdates.newUserId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.targetbot.events.telegram.SendTelegramMessage;
import com.targetbot.telegram.SandboxTelegram;
import com.targetbot.telegram.SandboxTelegram.SentMessage;
import com.targetbot.telegram.TelegramServiceTest;
import com.targetbot.telegram.config.BotProperties;
import com.targetbot.telegram.users.BotUserRepository;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.bind.Binder;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * The sender at Telegram's published flood limits against the sandbox enforcing them: it waits, so Telegram
 * never says 429. The shared test context paces faster (see {@link TelegramServiceTest}), so this sender is
 * built here with {@link DeliveryProperties}' defaults, on the context's Bot API client and users.
 */
@TelegramServiceTest
class TelegramLimitsIT {

    @Autowired
    TelegramClient client;

    @Autowired
    BotUserRepository users;

    @Autowired
    BotProperties bot;

    @Autowired
    SandboxTelegram sandbox;

    @AfterEach
    void limitsOff() {
        sandbox.enforceRateLimits(false);
    }

    @Test
    void burstToOneChatIsSpreadASecondApartAndFanOutToManyChatsGetsNo429() {
        BotApiSender sender = senderAtTelegramsLimits();
        sandbox.enforceRateLimits(true);
        long rejectedBefore = sandbox.rateLimited();
        long busy = newUserId();
        List<Long> many = LongStream.range(0, 40).map(i -> newUserId()).boxed().toList();

        // As the outbound consumer's threads do: sends to one chat in order, to many chats side by side.
        try (var threads = Executors.newVirtualThreadPerTaskExecutor()) {
            threads.submit(() -> {
                for (int i = 1; i <= 3; i++) {
                    sender.send(new SendTelegramMessage(busy, "Сообщение " + i, true, null));
                }
            });
            many.forEach(
                    chat -> threads.submit(() -> sender.send(new SendTelegramMessage(chat, "Новый лид", true, null))));
        }

        List<SentMessage> burst =
                await().atMost(Duration.ofSeconds(20)).until(() -> sandbox.messages(busy), sent -> sent.size() == 3);
        many.forEach(chat -> assertThat(sandbox.messages(chat)).hasSize(1));
        assertThat(sandbox.rateLimited()).isEqualTo(rejectedBefore);
        assertThat(burst).extracting(SentMessage::text).containsExactly("Сообщение 1", "Сообщение 2", "Сообщение 3");
        List<Instant> times = burst.stream().map(SentMessage::sentAt).toList();
        assertThat(Duration.between(times.get(0), times.get(1))).isGreaterThanOrEqualTo(Duration.ofSeconds(1));
        assertThat(Duration.between(times.get(1), times.get(2))).isGreaterThanOrEqualTo(Duration.ofSeconds(1));
    }

    private BotApiSender senderAtTelegramsLimits() {
        var telegrams = new Binder().bindOrCreate("targetbot.telegram.delivery", DeliveryProperties.class);
        return new BotApiSender(client, users, bot.maxRetryAfter(), Thread::sleep, Throttle.within(telegrams));
    }
}
