package com.targetbot.reports;

import com.targetbot.testkit.KafkaTestSettings;
import com.targetbot.testkit.S3TestInfrastructure;
import com.targetbot.testkit.TestInfrastructure;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * The reports-service context for integration tests (real Kafka, Redis and S3 with the test kit's
 * {@link KafkaTestSettings}, leads-service played by {@link LeadsServiceStub}, two quick retries of the leads
 * export), declared once so that every IT of the module shares it through Spring's context cache.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "targetbot.reports.export-retry.attempts=2",
            "targetbot.reports.export-retry.initial-interval=20ms",
            "targetbot.reports.export-retry.max-interval=50ms"
        })
@KafkaTestSettings
@Import({TestInfrastructure.class, S3TestInfrastructure.class, LeadsServiceStub.Config.class})
public @interface ReportsServiceTest {}
