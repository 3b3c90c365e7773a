package com.targetbot.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Other modules' tests start the sandbox in their own JVM; it must not read their application.yml. */
class SandboxServerTests {

    @Test
    void startsOnAFreePortWithItsOwnConfiguration() {
        try (SandboxServer sandbox = new SandboxServer()) {
            String baseUrl = sandbox.start(0);
            SandboxHttp http = new SandboxHttp(baseUrl);

            assertThat(baseUrl).startsWith("http://127.0.0.1:").doesNotEndWith(":8089");
            assertThat(http.get("/actuator/health").json().get("status").asString())
                    .isEqualTo("UP");
            // src/test/resources/application.yml sets another bot token; the sandbox must ignore it.
            assertThat(http.get("/bot100000001:sandbox-bot-token/getMe").status())
                    .isEqualTo(200);
        }
    }
}
