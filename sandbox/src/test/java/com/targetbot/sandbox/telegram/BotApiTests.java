package com.targetbot.sandbox.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.type;

import com.targetbot.sandbox.SandboxHttp;
import com.targetbot.sandbox.SandboxTest;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.api.methods.GetMe;
import org.telegram.telegrambots.meta.api.methods.commands.GetMyCommands;
import org.telegram.telegrambots.meta.api.methods.commands.SetMyCommands;
import org.telegram.telegrambots.meta.api.methods.send.SendDocument;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.methods.updates.DeleteWebhook;
import org.telegram.telegrambots.meta.api.methods.updates.GetUpdates;
import org.telegram.telegrambots.meta.api.methods.updates.GetWebhookInfo;
import org.telegram.telegrambots.meta.api.methods.updates.SetWebhook;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageText;
import org.telegram.telegrambots.meta.api.objects.InputFile;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.api.objects.WebhookInfo;
import org.telegram.telegrambots.meta.api.objects.commands.BotCommand;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import tools.jackson.databind.JsonNode;

/** The Bot API as the real telegrambots client sees it. */
@SandboxTest
class BotApiTests {

    private static final String TOKEN = "100000001:sandbox-bot-token";

    @LocalServerPort
    int port;

    private OkHttpTelegramClient bot;

    @Autowired
    private SandboxHttp http;

    @BeforeEach
    void connect() {
        bot = client(TOKEN);
        http.post("/sandbox/telegram/reset", "{}");
    }

    @AfterEach
    void reset() {
        http.post("/sandbox/telegram/reset", "{}");
    }

    @Test
    void getMeAnswersTheSandboxBot() throws Exception {
        User me = bot.execute(GetMe.builder().build());

        assertThat(me.getId()).isEqualTo(100000001L);
        assertThat(me.getIsBot()).isTrue();
        assertThat(me.getUserName()).isEqualTo("targetbot_sandbox_bot");
    }

    @Test
    void sentMessageComesBackAsTelegramMessageAndIsRecorded() throws Exception {
        InlineKeyboardMarkup keyboard = InlineKeyboardMarkup.builder()
                .keyboardRow(new InlineKeyboardRow(InlineKeyboardButton.builder()
                        .text("Оставить заявку")
                        .callbackData("lead:start")
                        .build()))
                .build();

        Message sent = bot.execute(SendMessage.builder()
                .chatId(5001L)
                .text("<b>Здравствуйте!</b> Чем помочь?")
                .parseMode("HTML")
                .replyMarkup(keyboard)
                .build());

        assertThat(sent.getMessageId()).isPositive();
        assertThat(sent.getChatId()).isEqualTo(5001L);
        assertThat(sent.getChat().isUserChat()).isTrue();
        assertThat(sent.getFrom().getIsBot()).isTrue();
        assertThat(sent.getText()).isEqualTo("<b>Здравствуйте!</b> Чем помочь?");
        assertThat(sent.getReplyMarkup().getKeyboard().getFirst().getFirst().getCallbackData())
                .isEqualTo("lead:start");
        JsonNode recorded = http.get("/sandbox/telegram/messages?chatId=5001").json();
        assertThat(recorded).hasSize(1);
        assertThat(recorded.get(0).get("messageId").asInt()).isEqualTo(sent.getMessageId());
        assertThat(recorded.get(0).get("parseMode").asString()).isEqualTo("HTML");
        assertThat(recorded.get(0)
                        .at("/replyMarkup/inline_keyboard/0/0/callback_data")
                        .asString())
                .isEqualTo("lead:start");
        assertThat(recorded.get(0).get("edited").asBoolean()).isFalse();
    }

    @Test
    void editedTextReplacesTheRecordedMessage() throws Exception {
        Message sent =
                bot.execute(SendMessage.builder().chatId(5002L).text("Шаг 1").build());

        bot.execute(EditMessageText.builder()
                .chatId(5002L)
                .messageId(sent.getMessageId())
                .text("Шаг 2")
                .build());

        JsonNode recorded = http.get("/sandbox/telegram/messages?chatId=5002").json();
        assertThat(recorded.get(0).get("text").asString()).isEqualTo("Шаг 2");
        assertThat(recorded.get(0).get("edited").asBoolean()).isTrue();
    }

    @Test
    void documentUploadRecordsNameSizeAndCaption() throws Exception {
        byte[] csv = "id;name\n1;Анна\n".getBytes(StandardCharsets.UTF_8);

        Message sent = bot.execute(SendDocument.builder()
                .chatId(5003L)
                .document(new InputFile(new ByteArrayInputStream(csv), "leads.csv"))
                .caption("Отчёт")
                .build());

        assertThat(sent.getDocument().getFileName()).isEqualTo("leads.csv");
        assertThat(sent.getDocument().getFileSize()).isEqualTo(csv.length);
        JsonNode recorded =
                http.get("/sandbox/telegram/messages?chatId=5003").json().get(0);
        assertThat(recorded.get("text").asString()).isEqualTo("Отчёт");
        assertThat(recorded.at("/document/fileName").asString()).isEqualTo("leads.csv");
        assertThat(recorded.at("/document/sizeBytes").asLong()).isEqualTo(csv.length);
    }

    @Test
    void commandsAreKeptPerLanguage() throws Exception {
        bot.execute(SetMyCommands.builder()
                .commands(List.of(new BotCommand("start", "Начать")))
                .languageCode("ru")
                .build());
        bot.execute(SetMyCommands.builder()
                .commands(List.of(new BotCommand("start", "Start"), new BotCommand("help", "Help")))
                .languageCode("en")
                .build());

        assertThat(bot.execute(GetMyCommands.builder().languageCode("ru").build()))
                .extracting(BotCommand::getDescription)
                .containsExactly("Начать");
        assertThat(bot.execute(GetMyCommands.builder().languageCode("en").build()))
                .extracting(BotCommand::getCommand)
                .containsExactly("start", "help");
    }

    @Test
    void webhookIsReportedByGetWebhookInfo() throws Exception {
        bot.execute(SetWebhook.builder()
                .url("http://127.0.0.1:9/telegram/webhook")
                .secretToken("s3cret_token-1")
                .maxConnections(10)
                .allowedUpdates(List.of("message", "callback_query"))
                .build());

        WebhookInfo info = bot.execute(GetWebhookInfo.builder().build());

        assertThat(info.getUrl()).isEqualTo("http://127.0.0.1:9/telegram/webhook");
        assertThat(info.getMaxConnections()).isEqualTo(10);
        assertThat(info.getAllowedUpdates()).containsExactly("message", "callback_query");
        assertThat(info.getPendingUpdatesCount()).isZero();
    }

    @Test
    void getUpdatesConflictsWithAnActiveWebhook() throws Exception {
        bot.execute(SetWebhook.builder().url("http://127.0.0.1:9/hook").build());

        assertThatThrownBy(() -> bot.execute(GetUpdates.builder().build()))
                .asInstanceOf(type(TelegramApiRequestException.class))
                .satisfies(e -> {
                    assertThat(e.getErrorCode()).isEqualTo(409);
                    assertThat(e.getApiResponse())
                            .isEqualTo("Conflict: can't use getUpdates method while webhook is active;"
                                    + " use deleteWebhook to delete the webhook first");
                });

        bot.execute(DeleteWebhook.builder().build());
        assertThat(bot.execute(GetUpdates.builder().build())).isEmpty();
    }

    @Test
    void wrongTokenIsUnauthorized() {
        OkHttpTelegramClient stranger = client("100000001:wrong-token");

        assertThatThrownBy(() -> stranger.execute(GetMe.builder().build()))
                .asInstanceOf(type(TelegramApiRequestException.class))
                .satisfies(e -> {
                    assertThat(e.getErrorCode()).isEqualTo(401);
                    assertThat(e.getApiResponse()).isEqualTo("Unauthorized");
                });
    }

    @Test
    void unknownMethodIsNotFound() {
        SandboxHttp.Reply reply = http.get("/bot" + TOKEN + "/sendTelepathy");

        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.json().toString())
                .isEqualTo("{\"ok\":false,\"error_code\":404,\"description\":\"Not Found: method not found\"}");
    }

    @Test
    void methodNamesAndFormParametersWorkAsWithTelegram() {
        SandboxHttp.Reply reply =
                http.get("/bot" + TOKEN + "/SENDMESSAGE?chat_id=5004&text=%D0%9F%D1%80%D0%B8%D0%B2%D0%B5%D1%82");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().at("/result/text").asString()).isEqualTo("Привет");
        assertThat(reply.json().at("/result/chat/type").asString()).isEqualTo("private");
    }

    @Test
    void secondMessageToAChatWithinASecondIsRateLimited() throws Exception {
        http.put("/sandbox/telegram/rate-limits", "{\"enforce\":true}");
        bot.execute(SendMessage.builder().chatId(5005L).text("первое").build());

        assertThatThrownBy(() -> bot.execute(
                        SendMessage.builder().chatId(5005L).text("второе").build()))
                .asInstanceOf(type(TelegramApiRequestException.class))
                .satisfies(e -> {
                    assertThat(e.getErrorCode()).isEqualTo(429);
                    assertThat(e.getParameters().getRetryAfter()).isEqualTo(1);
                    assertThat(e.getApiResponse()).isEqualTo("Too Many Requests: retry after 1");
                });
        JsonNode stats = http.get("/sandbox/telegram/stats").json();
        assertThat(stats.get("sent").asLong()).isEqualTo(1);
        assertThat(stats.get("rateLimited").asLong()).isEqualTo(1);
    }

    @Test
    void userWhoBlockedTheBotCannotBeWritten() {
        http.post("/sandbox/telegram/users/5006/blocked", "{\"blocked\":true}");

        assertThatThrownBy(() -> bot.execute(
                        SendMessage.builder().chatId(5006L).text("Вы тут?").build()))
                .asInstanceOf(type(TelegramApiRequestException.class))
                .satisfies(e -> {
                    assertThat(e.getErrorCode()).isEqualTo(403);
                    assertThat(e.getApiResponse()).isEqualTo("Forbidden: bot was blocked by the user");
                });
    }

    @Test
    void malformedHtmlIsRejectedLikeTelegramDoes() {
        assertThatThrownBy(() -> bot.execute(SendMessage.builder()
                        .chatId(5007L)
                        .text("<b>жирный")
                        .parseMode("HTML")
                        .build()))
                .asInstanceOf(type(TelegramApiRequestException.class))
                .satisfies(e -> assertThat(e.getApiResponse())
                        .isEqualTo("Bad Request: can't parse entities:"
                                + " Can't find end tag corresponding to start tag \"b\""));
    }

    @Test
    void callbackDataOverSixtyFourBytesIsRejected() {
        String cyrillic33 = "я".repeat(33);
        InlineKeyboardMarkup keyboard = InlineKeyboardMarkup.builder()
                .keyboardRow(new InlineKeyboardRow(InlineKeyboardButton.builder()
                        .text("Да")
                        .callbackData(cyrillic33)
                        .build()))
                .build();

        assertThatThrownBy(() -> bot.execute(SendMessage.builder()
                        .chatId(5008L)
                        .text("Подтвердите")
                        .replyMarkup(keyboard)
                        .build()))
                .asInstanceOf(type(TelegramApiRequestException.class))
                .satisfies(e -> assertThat(e.getApiResponse()).isEqualTo("Bad Request: BUTTON_DATA_INVALID"));
    }

    private OkHttpTelegramClient client(String token) {
        return new OkHttpTelegramClient(new OkHttpClient(), token, new TelegramUrl("http", "127.0.0.1", port, false));
    }
}
