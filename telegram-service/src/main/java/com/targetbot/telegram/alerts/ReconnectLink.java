package com.targetbot.telegram.alerts;

import com.targetbot.telegram.config.BotProperties;
import java.net.URI;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Where a token alert's button takes an admin: the admin UI's Meta page with {@code connect}, which signs the admin in
 * when needed (the UI comes back to the page after the login) and then starts Facebook Login there. A fixed path on
 * the configured public URL, never one taken from an event.
 */
@Component
class ReconnectLink {

    static final String PATH = "/admin/?meta=connect#/meta";
    private static final String REAL_BOT_API_HOST = "api.telegram.org";

    private final MetaLoginProperties login;
    private final BotProperties bot;

    ReconnectLink(MetaLoginProperties login, BotProperties bot) {
        this.login = login;
        this.bot = bot;
    }

    /**
     * The link, unless Telegram would refuse it: the real Bot API rejects a message whose button points to a
     * loopback address ("Wrong HTTP URL"), which would lose the alert itself on a local run with a real bot.
     */
    Optional<URI> url() {
        URI url = URI.create(login.publicUrl().toString().replaceAll("/+$", "") + PATH);
        return loopback(url) && REAL_BOT_API_HOST.equals(bot.apiUrl().getHost()) ? Optional.empty() : Optional.of(url);
    }

    private static boolean loopback(URI url) {
        String host = url.getHost();
        return host == null || host.equals("localhost") || host.startsWith("127.") || host.equals("[::1]");
    }
}
