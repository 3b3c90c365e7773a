package com.targetbot.sandbox;

import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Runs the sandbox inside the current JVM, for tests of other modules:
 * {@code try (var sandbox = new SandboxServer()) { String baseUrl = sandbox.start(0); ... }}.
 */
public final class SandboxServer implements AutoCloseable {

    private @Nullable ConfigurableApplicationContext context;

    /**
     * Starts the sandbox on {@code port} (0 picks a free one) of 127.0.0.1.
     *
     * @param properties extra {@code key=value} properties, e.g. {@code targetbot.sandbox.telegram.enforce-rate-limits=true}
     * @return the base URL, e.g. {@code http://127.0.0.1:40123}
     */
    public synchronized String start(int port, String... properties) {
        if (context != null) {
            throw new IllegalStateException("The sandbox is already running at " + baseUrl());
        }
        context = SandboxApplication.application()
                .properties("server.port=" + port)
                .properties(properties)
                .run();
        return baseUrl();
    }

    /** The base URL of the running sandbox. */
    public synchronized String baseUrl() {
        if (context == null) {
            throw new IllegalStateException("The sandbox is not running");
        }
        Integer port = context.getEnvironment().getProperty("local.server.port", Integer.class);
        String address = context.getEnvironment().getProperty("server.address", "127.0.0.1");
        return "http://" + address + ":" + Objects.requireNonNull(port, "local.server.port");
    }

    /** Stops the sandbox; does nothing when it is not running. */
    public synchronized void stop() {
        if (context != null) {
            context.close();
            context = null;
        }
    }

    @Override
    public void close() {
        stop();
    }
}
