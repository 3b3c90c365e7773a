package com.targetbot.sandbox;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class SandboxApplication {

    public static void main(String[] args) {
        application().run(args);
    }

    /**
     * The sandbox reads {@code sandbox.yml}, never {@code application.yml}, so that it can run inside the JVM of
     * another application's tests without picking up that application's configuration. The port default lives
     * here, not in the YAML: these default properties rank below config files, and a test that starts the sandbox
     * with {@code server.port=0} the same way must win.
     */
    static SpringApplicationBuilder application() {
        return new SpringApplicationBuilder(SandboxApplication.class)
                .properties("spring.config.name=sandbox", "server.port=8089");
    }
}
