package com.targetbot.telegram.polling;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.telegram.telegrambots.meta.api.objects.Update;
import tools.jackson.databind.json.JsonMapper;

class UpdateJsonTests {

    static final String START = """
            {"update_id":900001,"message":{"message_id":1,"date":1764000000,
             "chat":{"id":123456789,"type":"private"},
             "from":{"id":123456789,"is_bot":false,"first_name":"Иван","language_code":"ru"},
             "text":"/start","entities":[{"type":"bot_command","offset":0,"length":6}]}}
            """;

    @Test
    void fetchedUpdateBecomesTheEventTheWebhookWouldPublish() throws Exception {
        var update = new ObjectMapper()
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .readValue(START, Update.class);

        var event = new UpdateJson().toEvent(update);

        assertThat(event.updateId()).isEqualTo(900001);
        assertThat(event.chatId()).isEqualTo(123456789L);
        assertThat(event.update()).isEqualTo(JsonMapper.builder().build().readTree(START));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "{\"update_id\":1,\"edited_message\":{\"chat\":{\"id\":-100}}}|-100",
                "{\"update_id\":1,\"callback_query\":{\"from\":{\"id\":9},\"message\":{\"chat\":{\"id\":8}}}}|8",
                "{\"update_id\":1,\"inline_query\":{\"from\":{\"id\":9}}}|9",
                "{\"update_id\":1,\"poll_answer\":{\"user\":{\"id\":6}}}|6",
                "{\"update_id\":1,\"poll\":{\"id\":\"p\"}}|0"
            })
    void chatIdIsFoundForEveryKindOfUpdate(String update, long chatId) {
        assertThat(UpdateJson.chatId(JsonMapper.builder().build().readTree(update)))
                .isEqualTo(chatId);
    }
}
