package com.targetbot.e2e;

import com.targetbot.stack.LocalStack;
import com.targetbot.stack.StackConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * One whole TargetBot (every service as its own process) per test JVM, on free ports, stopped at exit. The agency
 * is in Auckland rather than Moscow, the default: a service that ignored the one zone setting would show times
 * 10 hours off and count or name days by another calendar, which {@link AgencyZoneIT} checks on every surface.
 */
final class E2eStack {

    /** The agency's zone every service of the stack is given: far from UTC and from Moscow. */
    static final String AGENCY_ZONE = "Pacific/Auckland";

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
                StackConfig ephemeral = StackConfig.ephemeral(root, varDir);
                StackConfig config = new StackConfig(
                        ephemeral.root(),
                        ephemeral.varDir(),
                        ephemeral.ports(),
                        Map.of(
                                "TARGETBOT_AGENCY_ZONE",
                                AGENCY_ZONE,
                                // Lead Ads reconciliation within seconds, so a lost notification's lead is found
                                // while a test waits (hourly by default).
                                "META_LEADGEN_RECONCILE_INTERVAL",
                                "3s",
                                // The sandbox enforces no flood limits here: at Telegram's one message a
                                // second to a private chat every step of a bot dialog would wait a second.
                                "TARGETBOT_TELEGRAM_DELIVERY_PRIVATECHATPERSECOND",
                                "100",
                                "TARGETBOT_TELEGRAM_DELIVERY_GLOBALPERSECOND",
                                "1000"),
                        ephemeral.persistent());
                LocalStack started = LocalStack.start(config, System.out::println);
                Runtime.getRuntime().addShutdownHook(new Thread(started::close, "e2e-stack-stop"));
                stack = started;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return stack;
    }
}
