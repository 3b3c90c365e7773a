package com.targetbot.telegram;

import com.targetbot.testkit.KafkaTestSettings;
import com.targetbot.testkit.TestInfrastructure;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * The one telegram-service context the integration tests share (real Kafka with the test kit's
 * {@link KafkaTestSettings} and Redis, the sandbox's Telegram Bot API, webhook mode), declared once so that Spring's context cache starts it once. {@code LongPollingIT} and
 * {@code WebhookIT} need a context of their own, as their javadoc says.
 *
 * <p>The sender paces private chats and the bot as a whole faster than Telegram allows, since the sandbox
 * enforces no flood limits unless a test switches them on: at one message a second every step of a dialog
 * would wait a second, and a burst of notices to every chat the earlier tests registered would take 30 a second.
 * {@code TelegramLimitsIT} checks the sender at Telegram's own limits.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(
        properties = {
            "targetbot.telegram.delivery.private-chat-per-second=100",
            "targetbot.telegram.delivery.global-per-second=1000"
        })
@KafkaTestSettings
@Import({TestInfrastructure.class, SandboxTestInfrastructure.class})
public @interface TelegramServiceTest {}
