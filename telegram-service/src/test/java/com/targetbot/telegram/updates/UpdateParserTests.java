package com.targetbot.telegram.updates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.targetbot.kit.kafka.RejectedEventException;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class UpdateParserTests {

    final UpdateParser parser = new UpdateParser();
    final JsonMapper json = JsonMapper.builder().build();

    @Test
    void textMessageIsReadWithSenderAndChat() {
        var update = parser.parse(tree("""
                {"update_id": 900001,
                 "message": {"message_id": 1, "date": 1764000000,
                   "chat": {"id": 123456789, "type": "private"},
                   "from": {"id": 123456789, "is_bot": false, "first_name": "Иван", "language_code": "ru"},
                   "text": "/start"}}
                """));

        assertThat(update.getUpdateId()).isEqualTo(900001);
        assertThat(update.getMessage().getChatId()).isEqualTo(123456789L);
        assertThat(update.getMessage().getFrom().getFirstName()).isEqualTo("Иван");
        assertThat(update.getMessage().getFrom().getLanguageCode()).isEqualTo("ru");
        assertThat(update.getMessage().getText()).isEqualTo("/start");
    }

    @Test
    void fieldsAndUpdateKindsTelegramAddsLaterAreIgnored() {
        var update = parser.parse(tree("""
                {"update_id": 900002, "some_future_kind": {"id": 1},
                 "message": {"message_id": 2, "date": 1764000000, "future_field": [1, 2],
                   "chat": {"id": 5, "type": "private", "future_chat_field": true},
                   "from": {"id": 5, "is_bot": false, "first_name": "Ann", "future_user_field": "x"},
                   "text": "hi"}}
                """));

        assertThat(update.getUpdateId()).isEqualTo(900002);
        assertThat(update.getMessage().getText()).isEqualTo("hi");
    }

    @Test
    void jsonThatIsNoUpdateIsRejectedForTheDeadLetterTopic() {
        assertThatThrownBy(() -> parser.parse(tree("{\"update_id\": \"not a number\"}")))
                .isInstanceOf(RejectedEventException.class)
                .hasMessageStartingWith("not a Bot API update");
    }

    private JsonNode tree(String text) {
        return json.readTree(text);
    }
}
