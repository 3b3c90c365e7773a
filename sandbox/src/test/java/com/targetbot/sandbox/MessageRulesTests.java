package com.targetbot.sandbox.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class MessageRulesTests {

    private final JsonMapper mapper = JsonMapper.builder().build();

    @Test
    void htmlLengthCountsTextWithoutTagsAndEntitiesAsOneCharacter() {
        assertThat(MessageRules.htmlVisibleLength("<b>a &lt; b</b> <a href=\"https://x.ru\">c</a>"))
                .isEqualTo(7);
    }

    @Test
    void unsupportedTagIsRefusedWithItsByteOffset() {
        assertThatThrownBy(() -> MessageRules.htmlVisibleLength("Привет <div>x</div>"))
                .hasMessage("Bad Request: can't parse entities: Unsupported start tag \"div\" at byte offset 13");
    }

    @Test
    void crossedTagsAreRefused() {
        assertThatThrownBy(() -> MessageRules.htmlVisibleLength("<b><i>x</b></i>"))
                .hasMessage("Bad Request: can't parse entities: Unmatched end tag at byte offset 7,"
                        + " expected \"</i>\", found \"</b>\"");
    }

    @Test
    void textOverTheLimitIsTooLongButMarkupDoesNotCount() {
        String limit = "я".repeat(MessageRules.MAX_TEXT_LENGTH);

        assertThat(MessageRules.messageText("<b>" + limit + "</b>", "HTML")).startsWith("<b>");
        assertThatThrownBy(() -> MessageRules.messageText(limit + "!", null))
                .hasMessage("Bad Request: message is too long");
    }

    @Test
    void callbackDataIsLimitedInBytesNotCharacters() {
        String fits = "{\"inline_keyboard\":[[{\"text\":\"Да\",\"callback_data\":\"%s\"}]]}".formatted("я".repeat(32));
        String tooLong = fits.replace("я".repeat(32), "я".repeat(33));

        MessageRules.replyMarkup(mapper.readTree(fits));
        assertThatThrownBy(() -> MessageRules.replyMarkup(mapper.readTree(tooLong)))
                .hasMessage("Bad Request: BUTTON_DATA_INVALID");
    }

    @Test
    void inlineButtonNeedsAnAction() {
        assertThatThrownBy(
                        () -> MessageRules.replyMarkup(mapper.readTree("{\"inline_keyboard\":[[{\"text\":\"Да\"}]]}")))
                .hasMessage("Bad Request: can't parse inline keyboard button:"
                        + " Text buttons are unallowed in the inline keyboard");
    }
}
