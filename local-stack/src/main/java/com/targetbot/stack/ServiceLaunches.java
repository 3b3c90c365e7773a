package com.targetbot.stack;

import com.targetbot.infra.ManagedProcess;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How each Spring Boot process of the stack is started: ports and URLs as command-line properties,
 * secrets through the environment (so they never show in a process list). Real Telegram or Meta
 * credentials in the caller's environment replace the sandbox for that integration. Every {@code TARGETBOT_*}
 * setting there, such as the agency's zone {@code TARGETBOT_AGENCY_ZONE}, is given to every service (a process
 * inherits the launcher's environment; a caller such as the e2e tests passes its own map).
 */
final class ServiceLaunches {

    static final String TELEGRAM_BOT_TOKEN = "TELEGRAM_BOT_TOKEN";
    static final String META_APP_ID = "META_APP_ID";
    static final String META_APP_SECRET = "META_APP_SECRET";
    static final String META_ACCESS_TOKEN = "META_ACCESS_TOKEN";
    static final String META_WEBHOOK_VERIFY_TOKEN = "META_WEBHOOK_VERIFY_TOKEN";
    /** How often meta-service reconciles Lead Ads (a duration such as {@code 5s}); the service's default otherwise. */
    static final String META_LEADGEN_RECONCILE_INTERVAL = "META_LEADGEN_RECONCILE_INTERVAL";

    /** Spring's relaxed binding reads such a variable as a {@code targetbot.*} property. */
    private static final String SETTING_PREFIX = "TARGETBOT_";

    private final StackConfig config;
    private final Map<String, String> secrets;

    ServiceLaunches(StackConfig config, Map<String, String> secrets) {
        this.config = config;
        this.secrets = secrets;
    }

    ManagedProcess start(Component component, Path java, Duration timeout) {
        List<String> command = new ArrayList<>(List.of(
                java.toString(),
                "-Xms64m",
                "-Xmx384m",
                "-XX:+UseSerialGC",
                "-jar",
                snapshotOf(component).toString(),
                "--server.port=" + config.port(component.id())));
        Map<String, String> environment = new HashMap<>();
        if (component != Component.SANDBOX) {
            config.environment().forEach((name, value) -> {
                if (name.startsWith(SETTING_PREFIX)) {
                    environment.put(name, value);
                }
            });
            command.add("--spring.kafka.bootstrap-servers=127.0.0.1:" + config.port("kafka"));
            command.add("--spring.data.redis.host=127.0.0.1");
            command.add("--spring.data.redis.port=" + config.port("redis"));
        }
        switch (component) {
            // The sandbox's Meta app signs its Lead Ads notifications and sends them to the gateway, as Meta would.
            case SANDBOX ->
                command.add("--targetbot.sandbox.graph.lead-ads.callback-url=" + config.url("gateway-service")
                        + "/webhooks/meta");
            case TELEGRAM -> telegram(command, environment);
            case META -> meta(command, environment);
            case REPORTS -> {
                command.add("--targetbot.s3.endpoint=" + config.url("s3"));
                command.add("--targetbot.services.leads.url=" + config.url("leads-service"));
                environment.put("TARGETBOT_S3_ACCESSKEY", secrets.get(Secrets.S3_ACCESS_KEY));
                environment.put("TARGETBOT_S3_SECRETKEY", secrets.get(Secrets.S3_SECRET_KEY));
            }
            case GATEWAY -> {
                command.add("--targetbot.services.leads.url=" + config.url("leads-service"));
                command.add("--targetbot.services.telegram.url=" + config.url("telegram-service"));
                command.add("--targetbot.services.meta.url=" + config.url("meta-service"));
                command.add("--targetbot.services.reports.url=" + config.url("reports-service"));
                if (sandboxPlaysTelegram()) {
                    // The admin UI's bot chat plays users through the sandbox's control API.
                    command.add("--targetbot.services.sandbox.url=" + config.url("sandbox"));
                }
                environment.put(Secrets.ADMIN_PASSWORD, secrets.get(Secrets.ADMIN_PASSWORD));
                environment.put(Secrets.BOOTSTRAP_API_KEY, secrets.get(Secrets.BOOTSTRAP_API_KEY));
                environment.put(Secrets.WEBHOOK_SECRET, secrets.get(Secrets.WEBHOOK_SECRET));
                metaLogin(command, environment);
                metaWebhook(environment);
            }
            default -> {}
        }
        return ManagedProcess.start(
                        component.id(),
                        command,
                        config.varDir(),
                        config.logs().resolve(component.id() + ".log"),
                        environment)
                .awaitReady(ManagedProcessChecks.healthy(config.url(component.id())), timeout);
    }

    /**
     * A copy of the component's jar under the var directory: the service loads classes from it lazily, so a
     * rebuild of the module while the stack runs must not change the file under it.
     */
    private Path snapshotOf(Component component) {
        try {
            Path copy = Files.createDirectories(config.varDir().resolve("jars"))
                    .resolve(Path.of(component.jar()).getFileName());
            return Files.copy(config.root().resolve(component.jar()), copy, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy the jar of " + component.id(), e);
        }
    }

    private void telegram(List<String> command, Map<String, String> environment) {
        // /leads, /report, /status and /stat read these services: on free ports their defaults would reach nothing.
        command.add("--targetbot.services.leads.url=" + config.url("leads-service"));
        command.add("--targetbot.services.reports.url=" + config.url("reports-service"));
        command.add("--targetbot.services.meta.url=" + config.url("meta-service"));
        // The Meta alerts' reconnect button opens the gateway, as the gateway is told it is reached.
        command.add("--targetbot.gateway.meta-login.public-url=" + config.url("gateway-service"));
        environment.put(Secrets.WEBHOOK_SECRET, secrets.get(Secrets.WEBHOOK_SECRET));
        if (sandboxPlaysTelegram()) {
            // The sandbox delivers the updates it plays to the gateway's webhook, as Telegram would.
            command.add("--targetbot.telegram.bot.api-url=" + config.url("sandbox"));
            command.add("--targetbot.telegram.bot.webhook-url=" + config.url("gateway-service") + "/telegram/webhook");
            return;
        }
        // A real bot without a public URL: long polling, updates still flow through telegram.updates.
        environment.put("TARGETBOT_TELEGRAM_BOT_TOKEN", config.environment().get(TELEGRAM_BOT_TOKEN));
        command.add("--targetbot.telegram.bot.api-url=https://api.telegram.org");
        command.add("--targetbot.telegram.bot.mode=long-polling");
    }

    private boolean sandboxPlaysTelegram() {
        String token = config.environment().get(TELEGRAM_BOT_TOKEN);
        return token == null || token.isBlank();
    }

    /** With a real Meta app its secret signs the notifications; without, the defaults are the sandbox's. */
    private void metaWebhook(Map<String, String> environment) {
        String appSecret = config.environment().get(META_APP_SECRET);
        if (appSecret != null && !appSecret.isBlank()) {
            environment.put("TARGETBOT_GATEWAY_METAWEBHOOK_APPSECRET", appSecret);
        }
        String verifyToken = config.environment().get(META_WEBHOOK_VERIFY_TOKEN);
        if (verifyToken != null && !verifyToken.isBlank()) {
            environment.put("TARGETBOT_GATEWAY_METAWEBHOOK_VERIFYTOKEN", verifyToken);
        }
    }

    private void meta(List<String> command, Map<String, String> environment) {
        String interval = config.environment().get(META_LEADGEN_RECONCILE_INTERVAL);
        if (interval != null && !interval.isBlank()) {
            command.add("--targetbot.meta.leadgen.reconcile-interval=" + interval);
        }
        // Tokens are encrypted at rest under the stack's own generated key.
        command.add("--targetbot.meta.connections.encryption.current-key-id=primary");
        environment.put("TARGETBOT_META_CONNECTIONS_ENCRYPTION_KEYS_PRIMARY", secrets.get(Secrets.META_TOKEN_KEY));
        if (!realMeta()) {
            command.add("--targetbot.meta.graph.base-url=" + config.url("sandbox"));
            // The sandbox's first person is connected from the start; more connect through /auth/facebook.
            command.add("--targetbot.meta.connections.bootstrap-token=sandbox-user-token");
            return;
        }
        command.add("--targetbot.meta.graph.base-url=https://graph.facebook.com");
        environment.put("TARGETBOT_META_GRAPH_APPID", config.environment().get(META_APP_ID));
        environment.put("TARGETBOT_META_GRAPH_APPSECRET", config.environment().get(META_APP_SECRET));
        String accessToken = config.environment().get(META_ACCESS_TOKEN);
        if (accessToken != null && !accessToken.isBlank()) {
            environment.put("TARGETBOT_META_CONNECTIONS_BOOTSTRAPTOKEN", accessToken);
        }
    }

    /** Facebook Login from the gateway: the sandbox's dialog, or Facebook's for the real app. */
    private void metaLogin(List<String> command, Map<String, String> environment) {
        command.add("--targetbot.gateway.meta-login.public-url=" + config.url("gateway-service"));
        if (realMeta()) {
            environment.put(
                    "TARGETBOT_GATEWAY_METALOGIN_APPID", config.environment().get(META_APP_ID));
        } else {
            command.add("--targetbot.gateway.meta-login.dialog-url=" + config.url("sandbox"));
        }
    }

    /** A real Meta app is configured; its tokens come from logins, or optionally META_ACCESS_TOKEN. */
    private boolean realMeta() {
        String appId = config.environment().get(META_APP_ID);
        String appSecret = config.environment().get(META_APP_SECRET);
        return appId != null && !appId.isBlank() && appSecret != null && !appSecret.isBlank();
    }
}
