package com.targetbot.telegram.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import com.targetbot.telegram.config.BotProperties;
import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ReconnectLinkTests {

    private static final URI SANDBOX = URI.create("http://127.0.0.1:8089");
    private static final URI TELEGRAM = URI.create("https://api.telegram.org");

    @Test
    void linksTheAdminUiMetaPageUnderThePublicUrlWhateverItsTrailingSlash() {
        assertThat(link("https://targetbot.example.com/", TELEGRAM).url())
                .contains(URI.create("https://targetbot.example.com/admin/?meta=connect#/meta"));
        assertThat(link("https://targetbot.example.com/panel", TELEGRAM).url())
                .contains(URI.create("https://targetbot.example.com/panel/admin/?meta=connect#/meta"));
    }

    @Test
    void aLoopbackAddressIsLeftOutForTheRealBotApiWhichRefusesItButKeptForTheSandbox() {
        assertThat(link("http://localhost:8080", TELEGRAM).url()).isEmpty();
        assertThat(link("http://127.0.0.1:8080", TELEGRAM).url()).isEmpty();
        assertThat(link("http://localhost:8080", SANDBOX).url())
                .contains(URI.create("http://localhost:8080/admin/?meta=connect#/meta"));
    }

    private static ReconnectLink link(String publicUrl, URI botApi) {
        var bot = new BotProperties(
                "1:token",
                botApi,
                BotProperties.Mode.WEBHOOK,
                Duration.ofSeconds(30),
                null,
                null,
                40,
                Duration.ofMinutes(5),
                null);
        return new ReconnectLink(new MetaLoginProperties(URI.create(publicUrl)), bot);
    }
}
