/**
 * Spring Boot auto-configuration shared by every TargetBot service: CloudEvents over Kafka with
 * dead letters, idempotent consumers and problem+json errors. It holds wiring only, never a
 * service's logic.
 */
@NullMarked
package com.targetbot.kit;

import org.jspecify.annotations.NullMarked;
