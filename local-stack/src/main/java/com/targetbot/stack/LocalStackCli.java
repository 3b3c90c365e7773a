package com.targetbot.stack;

import java.nio.file.Path;
import java.util.Map;

/** {@code ./targetbot up|down|status}: the developer's local stack. */
public final class LocalStackCli {

    private LocalStackCli() {}

    @SuppressWarnings("java:S106") // a command-line tool talks to its user on stdout
    public static void main(String[] args) {
        Path root = Path.of(System.getProperty("targetbot.root", "."))
                .toAbsolutePath()
                .normalize();
        StackConfig config = StackConfig.developer(root, System.getenv());
        String command = args.length == 0 ? "status" : args[0];
        switch (command) {
            case "up" -> up(config);
            case "down" -> {
                var stopped = LocalStack.stopRecorded(config.varDir());
                System.out.println(
                        stopped.isEmpty() ? "Nothing was running." : "Stopped: " + String.join(", ", stopped));
            }
            case "status" -> status(config);
            default -> {
                System.err.println("usage: targetbot up|down|status");
                System.exit(2);
            }
        }
    }

    private static void up(StackConfig config) {
        Map<String, Long> running = LocalStack.running(config.varDir());
        if (!running.isEmpty()) {
            System.out.println("TargetBot is already running (" + String.join(", ", running.keySet())
                    + "). Stop it with ./targetbot down");
            status(config);
            return;
        }
        System.out.println("Starting TargetBot; logs in " + config.logs());
        try {
            LocalStack stack = LocalStack.start(config, line -> System.out.println("  " + line));
            var secrets = stack.secrets();
            boolean realBot = config.environment().containsKey(ServiceLaunches.TELEGRAM_BOT_TOKEN);
            System.out.println();
            System.out.println("TargetBot is up.");
            System.out.println("  Admin UI:     " + config.url("gateway-service") + "/admin/");
            System.out.println("  Log in as:    admin / " + secrets.get(Secrets.ADMIN_PASSWORD));
            System.out.println("  API key:      " + secrets.get(Secrets.BOOTSTRAP_API_KEY) + "   (header X-Auth-Key)");
            System.out.println(
                    "  Telegram:     " + (realBot ? "real bot, long polling" : "sandbox at " + config.url("sandbox")));
            System.out.println("  Secrets file: " + config.varDir().resolve("secrets.env"));
            System.out.println("  Logs:         " + config.logs());
            System.out.println("  Stop with:    ./targetbot down");
        } catch (RuntimeException e) {
            System.err.println("TargetBot did not start: " + e.getMessage());
            System.exit(1);
        }
    }

    private static void status(StackConfig config) {
        Map<String, Long> running = LocalStack.running(config.varDir());
        for (Component component : Component.values()) {
            Long pid = running.get(component.id());
            String state = pid == null ? "stopped" : "running (pid " + pid + ")";
            if (pid != null && component.jar() != null) {
                state += ManagedProcessChecks.isHealthy(config.url(component.id())) ? ", healthy" : ", NOT healthy";
            }
            System.out.printf("  %-17s %s%n", component.id(), state);
        }
    }
}
