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
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest
@KafkaTestSettings
@Import({TestInfrastructure.class, SandboxTestInfrastructure.class})
public @interface TelegramServiceTest {}
