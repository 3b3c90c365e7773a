package com.targetbot.gateway.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.targetbot.kit.web.InvalidRequestException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class TelegramUpdatesTests {

    private static final JsonMapper JSON = new JsonMapper();

    @ParameterizedTest
    @ValueSource(strings = {"message", "edited_message", "channel_post", "my_chat_member", "chat_member"})
    void chatIdComesFromTheChatOfTheUpdatesMember(String member) {
        JsonNode update = json("{\"update_id\":1,\"" + member + "\":{\"chat\":{\"id\":-100123},\"from\":{\"id\":42}}}");

        assertThat(TelegramUpdates.chatId(update)).isEqualTo(-100123L);
    }

    @Test
    void callbackQueryTakesTheChatOfItsMessage() {
        JsonNode update =
                json("{\"update_id\":1,\"callback_query\":{\"from\":{\"id\":42},\"message\":{\"chat\":{\"id\":777}}}}");

        assertThat(TelegramUpdates.chatId(update)).isEqualTo(777L);
    }

    @Test
    void callbackQueryWithoutAnAccessibleMessageFallsBackToTheSender() {
        JsonNode update = json("{\"update_id\":1,\"callback_query\":{\"from\":{\"id\":42},\"data\":\"x\"}}");

        assertThat(TelegramUpdates.chatId(update)).isEqualTo(42L);
    }

    @Test
    void updateWithNeitherChatNorSenderBelongsToChatZero() {
        JsonNode update = json("{\"update_id\":1,\"poll\":{\"id\":\"p1\"}}");

        assertThat(TelegramUpdates.chatId(update)).isZero();
    }

    @Test
    void eventKeepsTheUpdateVerbatimWithItsIdAndChat() {
        JsonNode update = json(
                "{\"update_id\":9007199254740993,\"message\":{\"chat\":{\"id\":5},\"text\":\"hi\",\"new_field\":1}}");

        var event = TelegramUpdates.toEvent(update);

        assertThat(event.updateId()).isEqualTo(9007199254740993L);
        assertThat(event.chatId()).isEqualTo(5L);
        assertThat(event.key()).isEqualTo("5");
        assertThat(event.update()).isEqualTo(update);
    }

    @ParameterizedTest
    @ValueSource(strings = {"{}", "{\"update_id\":\"7\"}", "{\"update_id\":7.5}", "{\"update_id\":null}"})
    void updateWithoutAnIntegerUpdateIdIsRefusedNamingTheField(String body) {
        assertThatThrownBy(() -> TelegramUpdates.toEvent(json(body)))
                .isInstanceOfSatisfying(
                        InvalidRequestException.class,
                        error -> assertThat(error.getBody().getProperties())
                                .extractingByKey("errors")
                                .asString()
                                .contains("update_id"));
    }

    private static JsonNode json(String text) {
        return JSON.readTree(text);
    }
}
