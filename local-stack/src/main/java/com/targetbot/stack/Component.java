package com.targetbot.stack;

import java.util.List;

/** The processes of the stack, in start order; they stop in reverse. */
public enum Component {
    KAFKA("kafka", null),
    REDIS("redis", null),
    S3("s3", null),
    SANDBOX("sandbox", "sandbox/target/sandbox-exec.jar"),
    LEADS("leads-service", "leads-service/target/leads-service.jar"),
    META("meta-service", "meta-service/target/meta-service.jar"),
    REPORTS("reports-service", "reports-service/target/reports-service.jar"),
    TELEGRAM("telegram-service", "telegram-service/target/telegram-service.jar"),
    GATEWAY("gateway-service", "gateway-service/target/gateway-service.jar");

    static final List<Component> SERVICES = List.of(LEADS, META, REPORTS, TELEGRAM, GATEWAY);

    private final String id;
    private final String jar;

    Component(String id, String jar) {
        this.id = id;
        this.jar = jar;
    }

    String id() {
        return id;
    }

    /** The runnable jar, relative to the repository root; null for infrastructure. */
    String jar() {
        return jar;
    }
}
