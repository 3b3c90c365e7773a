package com.targetbot.e2e;

import com.targetbot.stack.LocalStack;
import com.targetbot.stack.StackConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** One whole TargetBot (every service as its own process) per test JVM, on free ports, stopped at exit. */
final class E2eStack {

    private static LocalStack stack;

    private E2eStack() {}

    static synchronized LocalStack get() {
        if (stack == null) {
            Path root = Path.of(System.getProperty("targetbot.root", ".."))
                    .toAbsolutePath()
                    .normalize();
            try {
                // A directory of its own, so two test JVMs never share pid files.
                Path varDir =
                        Files.createTempDirectory(Files.createDirectories(root.resolve("e2e-tests/target")), "stack-");
                LocalStack started = LocalStack.start(StackConfig.ephemeral(root, varDir), System.out::println);
                Runtime.getRuntime().addShutdownHook(new Thread(started::close, "e2e-stack-stop"));
                stack = started;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return stack;
    }
}
