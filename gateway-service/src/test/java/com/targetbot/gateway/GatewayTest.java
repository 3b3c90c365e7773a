package com.targetbot.gateway;

import com.targetbot.testkit.TestInfrastructure;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The one gateway context the integration tests share (real Kafka and Redis, the downstream services played by
 * {@link StubServices}), declared once so that Spring's context cache starts it once.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import({TestInfrastructure.class, StubServicesConfiguration.class})
public @interface GatewayTest {}
