package com.targetbot.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.targetbot.stack.LocalStack;
import com.targetbot.stack.Secrets;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The admin UI in a real browser: runs the Playwright suite of {@code admin-ui/browser} (headless Chromium from the
 * machine's {@code chromium} package) against the e2e stack, as an admin and as a manager of their own.
 */
class AdminUiBrowserIT {

    private static final Path CHROMIUM = Path.of(System.getProperty("targetbot.chromium", "/usr/bin/chromium"));
    private static final Duration SUITE_LIMIT = Duration.ofMinutes(15);

    @Test
    void everyBrowserTestPasses() throws IOException, InterruptedException {
        assertThat(Files.isExecutable(CHROMIUM))
                .as("Chromium is needed at %s for the browser tests: sudo apt-get install -y chromium", CHROMIUM)
                .isTrue();
        LocalStack stack = E2eStack.get();
        Callers callers = new Callers(stack);
        String manager = callers.accountWithOwnPassword("manager");
        Path adminUi = stack.config().root().resolve("admin-ui");
        Path results = adminUi.resolve("target/browser-tests/results.xml");
        Files.deleteIfExists(results);

        Path log = adminUi.resolve("target/browser-tests/playwright.log");
        Files.createDirectories(log.getParent());
        // Not the test JVM's own streams: they carry the build's conversation with this JVM, which output would
        // corrupt.
        ProcessBuilder playwright = new ProcessBuilder(
                        "npx", "--no-install", "playwright", "test", "--config", "browser/playwright.config.ts")
                .directory(adminUi.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        playwright
                .environment()
                .putAll(Map.of(
                        "TARGETBOT_URL",
                        stack.config().url("gateway-service"),
                        "TARGETBOT_ADMIN_USERNAME",
                        "admin",
                        "TARGETBOT_ADMIN_PASSWORD",
                        stack.secrets().get(Secrets.ADMIN_PASSWORD),
                        "TARGETBOT_MANAGER_USERNAME",
                        manager,
                        "TARGETBOT_MANAGER_PASSWORD",
                        Callers.OWN_PASSWORD,
                        "CHROMIUM",
                        CHROMIUM.toString(),
                        "PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD",
                        "1",
                        "CI",
                        "1"));
        Process run = playwright.start();
        run.getOutputStream().close();
        boolean finished = run.waitFor(SUITE_LIMIT.toSeconds(), TimeUnit.SECONDS);
        if (!finished) {
            run.destroyForcibly();
        }

        assertThat(finished)
                .as("the browser tests finished within %s", SUITE_LIMIT)
                .isTrue();
        assertThat(run.exitValue())
                .as("Playwright's exit code; its report:%n%s", Files.readString(log))
                .isZero();
        // A suite that found no test also exits 0: the report must list the tests that ran.
        assertThat(Files.readString(results)).contains("<testcase").doesNotContain("<failure");
    }
}
