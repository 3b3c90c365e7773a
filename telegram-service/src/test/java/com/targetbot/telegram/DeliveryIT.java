package com.targetbot.telegram;

import static com.targetbot.telegram.TelegramUpdates.newUserId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.targetbot.telegram.SandboxTelegram.SentMessage;
import com.targetbot.telegram.outbound.OutboundMessages;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The one sender against the sandbox enforcing Telegram's flood limits: it waits, so Telegram never says 429. */
@TelegramServiceTest
class DeliveryIT {

    @Autowired
    OutboundMessages outbound;

    @Autowired
    SandboxTelegram sandbox;

    @AfterEach
    void limitsOff() {
        sandbox.enforceRateLimits(false);
    }

    @Test
    void burstToOneChatIsSpreadASecondApartAndFanOutToManyChatsGetsNo429() {
        sandbox.enforceRateLimits(true);
        long rejectedBefore = sandbox.rateLimited();
        long busy = newUserId();
        List<Long> many = LongStream.range(0, 40).map(i -> newUserId()).boxed().toList();

        for (int i = 1; i <= 3; i++) {
            outbound.sendHtml(busy, "Сообщение " + i);
        }
        many.forEach(chat -> outbound.sendHtml(chat, "Новый лид"));

        List<SentMessage> burst =
                await().atMost(Duration.ofSeconds(20)).until(() -> sandbox.messages(busy), sent -> sent.size() == 3);
        many.forEach(chat ->
                await().atMost(Duration.ofSeconds(20)).until(() -> sandbox.messages(chat), sent -> sent.size() == 1));
        assertThat(sandbox.rateLimited()).isEqualTo(rejectedBefore);
        assertThat(burst).extracting(SentMessage::text).containsExactly("Сообщение 1", "Сообщение 2", "Сообщение 3");
        List<Instant> times = burst.stream().map(SentMessage::sentAt).toList();
        assertThat(Duration.between(times.get(0), times.get(1))).isGreaterThanOrEqualTo(Duration.ofSeconds(1));
        assertThat(Duration.between(times.get(1), times.get(2))).isGreaterThanOrEqualTo(Duration.ofSeconds(1));
    }
}
