package com.targetbot.meta;

import com.targetbot.testkit.TestInfrastructure;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * The one meta-service context the integration tests share (real Kafka and Redis, the sandbox behind
 * {@link GraphProxy}), declared once so that Spring's context cache starts it once.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "targetbot.kafka.partitions=2",
            "targetbot.kafka.retry.initial-interval=10ms",
            "targetbot.meta.sync.initial-backoff=10ms",
            "targetbot.meta.sync.max-backoff=50ms",
            // The sandbox's first person, as a local run bootstraps it.
            "targetbot.meta.connections.bootstrap-token=sandbox-user-token",
            // A retired key besides the current one: tokens encrypted under it still decrypt (ConnectionsIT).
            "targetbot.meta.connections.encryption.keys.retired=CVNn+yj0TjD5kDtI4tA6uwFdUE15eXwCpioNJ6k/4J4=",
            // Tests start syncs themselves; pauses are short so throttling is waited out quickly.
            "targetbot.meta.sync.schedule.enabled=false",
            "targetbot.meta.sync.schedule.backfill-days=10",
            "targetbot.meta.graph.governor.slow-down-pause=20ms",
            "targetbot.meta.graph.governor.throttled-pause=200ms",
            "targetbot.meta.graph.governor.max-pause=2s",
            "targetbot.meta.insights.report-run-poll=20ms"
        })
@Import({TestInfrastructure.class, GraphSandboxInfrastructure.class})
public @interface MetaServiceTest {}
