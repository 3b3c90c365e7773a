package com.targetbot.leads;

import com.targetbot.testkit.KafkaTestSettings;
import com.targetbot.testkit.TestInfrastructure;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * The one leads-service context the integration tests share (real Kafka and Redis with the test kit's
 * {@link KafkaTestSettings}; small export pages so the export crosses page boundaries), declared once so that
 * Spring's context cache starts it once.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "targetbot.leads.export.page-size=2")
@KafkaTestSettings
@Import(TestInfrastructure.class)
public @interface LeadsServiceTest {}
