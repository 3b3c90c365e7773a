/**
 * Test fixtures for real infrastructure: one embedded KRaft Kafka broker, one {@code redis-server} and
 * one S3 server per test JVM, started on first use on free ports and stopped when the JVM exits. Spring
 * tests {@code @Import} {@link com.targetbot.testkit.TestInfrastructure} (and
 * {@link com.targetbot.testkit.S3TestInfrastructure} when they need object storage) so the context cache
 * is shared across test classes; each service declares that set-up once, in its own meta-annotation
 * ({@code @GatewayTest}, {@code @LeadsServiceTest}, ...), so every IT of the module shares one context.
 *
 * <p>Assertions and builders: {@link com.targetbot.testkit.TopicContents} reads a topic to its end offsets
 * (for "nothing was published" checks), {@link com.targetbot.testkit.TopicProbe} waits for records,
 * {@link com.targetbot.testkit.ProblemAssert} checks problem+json answers and their field errors, and
 * {@link com.targetbot.testkit.TelegramUpdateJson} writes the Update JSON Telegram posts to a webhook.
 */
@NullMarked
package com.targetbot.testkit;

import org.jspecify.annotations.NullMarked;
