/**
 * Test fixtures for real infrastructure: one embedded KRaft Kafka broker, one {@code redis-server} and
 * one S3 server per test JVM, started on first use on free ports and stopped when the JVM exits. Spring
 * tests {@code @Import} {@link com.targetbot.testkit.TestInfrastructure} (and
 * {@link com.targetbot.testkit.S3TestInfrastructure} when they need object storage) so the context cache
 * is shared across test classes.
 */
@NullMarked
package com.targetbot.testkit;

import org.jspecify.annotations.NullMarked;
