package com.targetbot.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.targetbot.events.CloudEventHeaders;
import com.targetbot.testkit.KafkaFixture;
import com.targetbot.testkit.KafkaTestSettings;
import com.targetbot.testkit.TestInfrastructure;
import com.targetbot.testkit.TopicProbe;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

// A context of its own (long polling on): the mode is decided at start-up, so it cannot share TelegramServiceIT's.
@SpringBootTest(properties = "targetbot.telegram.bot.mode=long-polling")
@KafkaTestSettings
@Import({TestInfrastructure.class, SandboxTestInfrastructure.class})
class LongPollingIT {

    @Autowired
    SandboxTelegram sandbox;

    @Test
    void updateFetchedByLongPollingIsPublishedLikeAWebhookUpdateAndAnswered() {
        long userId = ThreadLocalRandom.current().nextLong(1_000_000_000L, 9_000_000_000L);

        sandbox.play(userId, "Мария", "ru", "/start");

        try (var probe = new TopicProbe(KafkaFixture.bootstrapServers(), "telegram.updates")) {
            await().untilAsserted(() -> assertThat(probe.about(Long.toString(userId), Duration.ofMillis(200)))
                    .singleElement()
                    .satisfies(record -> {
                        assertThat(TopicProbe.header(record, CloudEventHeaders.TYPE))
                                .isEqualTo("com.targetbot.telegram.update.received.v1");
                        assertThat(record.key()).isEqualTo(Long.toString(userId));
                    }));
        }
        await().untilAsserted(() -> assertThat(sandbox.messages(userId))
                .singleElement()
                .extracting(SandboxTelegram.SentMessage::text)
                .asString()
                .startsWith("Здравствуйте, <b>Мария</b>!"));
    }
}
