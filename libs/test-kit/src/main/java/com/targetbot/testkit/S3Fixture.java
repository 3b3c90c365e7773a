package com.targetbot.testkit;

import com.targetbot.infra.FreePorts;
import com.targetbot.infra.JavaRuntime;
import com.targetbot.infra.S3Server;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** One real S3 server (s3proxy, objects in memory) per test JVM. */
public final class S3Fixture {

    public static final String ACCESS_KEY = "test-access-key";
    public static final String SECRET_KEY = "test-secret-key-0123456789";

    private static S3Server server;

    private S3Fixture() {}

    /** Starts the server on first use and returns its endpoint URL. */
    public static synchronized String endpoint() {
        if (server == null) {
            try {
                Path dir = Files.createTempDirectory("targetbot-s3-");
                S3Server started = S3Server.start(
                        FreePorts.find(),
                        ACCESS_KEY,
                        SECRET_KEY,
                        dir,
                        dir.resolve("s3proxy.log"),
                        JavaRuntime.currentJavaBinary(),
                        null);
                Runtime.getRuntime().addShutdownHook(new Thread(started::close, "s3-fixture-stop"));
                server = started;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return server.endpoint();
    }
}
