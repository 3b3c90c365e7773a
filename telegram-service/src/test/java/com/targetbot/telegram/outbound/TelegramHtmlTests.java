package com.targetbot.telegram.outbound;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TelegramHtmlTests {

    @Test
    void markupInUserDataIsEscapedIntoEntitiesTelegramKnows() {
        assertThat(TelegramHtml.escape("<b>Иван</b> & \"Co\""))
                .isEqualTo("&lt;b&gt;Иван&lt;/b&gt; &amp; &quot;Co&quot;");
    }

    @Test
    void textWithoutMarkupIsLeftAsItIs() {
        assertThat(TelegramHtml.escape("Анна-Мария © 2026 'ok'")).isEqualTo("Анна-Мария © 2026 'ok'");
    }
}
