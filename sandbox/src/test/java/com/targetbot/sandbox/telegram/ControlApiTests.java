package com.targetbot.sandbox.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import com.targetbot.sandbox.SandboxHttp;
import com.targetbot.sandbox.SandboxTest;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.methods.updates.GetUpdates;
import org.telegram.telegrambots.meta.api.methods.updates.GetWebhookInfo;
import org.telegram.telegrambots.meta.api.methods.updates.SetWebhook;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import tools.jackson.databind.JsonNode;

/** Playing users through the control API, delivered by webhook or long polling, read by the real client. */
@SandboxTest
class ControlApiTests {

    /** telegrambots' own (Jackson 2) mapping of Update, to prove the JSON parses as a bot would parse it. */
    private static final ObjectMapper TELEGRAMBOTS = new ObjectMapper();

    @LocalServerPort
    int port;

    private OkHttpTelegramClient bot;

    @Autowired
    private SandboxHttp http;

    private HttpServer receiver;
    private final List<Delivery> received = new CopyOnWriteArrayList<>();
    private final AtomicInteger receiverStatus = new AtomicInteger(200);

    @BeforeEach
    void start() throws IOException {
        bot = new OkHttpTelegramClient(
                new OkHttpClient(), "100000001:sandbox-bot-token", new TelegramUrl("http", "127.0.0.1", port, false));
        http.post("/sandbox/telegram/reset", "{}");
        receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/telegram/webhook", exchange -> {
            received.add(new Delivery(
                    exchange.getRequestHeaders().getFirst("X-Telegram-Bot-Api-Secret-Token"),
                    new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)));
            exchange.sendResponseHeaders(receiverStatus.get(), -1);
            exchange.close();
        });
        receiver.start();
    }

    @AfterEach
    void stop() {
        receiver.stop(0);
        http.post("/sandbox/telegram/reset", "{}");
    }

    @Test
    void playedCommandIsPostedToTheWebhookWithItsSecret() throws Exception {
        bot.execute(SetWebhook.builder()
                .url(webhookUrl())
                .secretToken("hook-secret_1")
                .build());

        JsonNode played = http.post("/sandbox/telegram/updates", """
                        {"userId":7001,"text":"/start promo_42","firstName":"Анна","username":"anna","languageCode":"ru"}
                        """).json();

        assertThat(played.get("delivered").asString()).isEqualTo("webhook");
        assertThat(played.get("webhookStatus").asInt()).isEqualTo(200);
        assertThat(received).hasSize(1);
        assertThat(received.getFirst().secret()).isEqualTo("hook-secret_1");
        Update update = TELEGRAMBOTS.readValue(received.getFirst().body(), Update.class);
        assertThat(update.getUpdateId()).isEqualTo(played.get("updateId").asInt());
        Message message = update.getMessage();
        assertThat(message.getText()).isEqualTo("/start promo_42");
        assertThat(message.getEntities().getFirst().getType()).isEqualTo("bot_command");
        // telegrambots fills entity texts lazily in getEntities(), so isCommand() only works after it.
        assertThat(message.getEntities().getFirst().getText()).isEqualTo("/start");
        assertThat(message.isCommand()).isTrue();
        assertThat(message.getFrom().getFirstName()).isEqualTo("Анна");
        assertThat(message.getFrom().getLanguageCode()).isEqualTo("ru");
        assertThat(message.getChat().getId()).isEqualTo(7001L);
        assertThat(message.getChat().isUserChat()).isTrue();
    }

    @Test
    void updateRefusedByTheWebhookStaysPendingAndGoesFirstNextTime() throws Exception {
        bot.execute(SetWebhook.builder().url(webhookUrl()).build());
        receiverStatus.set(500);

        JsonNode refused = http.post("/sandbox/telegram/updates", "{\"userId\":7002,\"text\":\"раз\"}")
                .json();

        assertThat(refused.get("delivered").asString()).isEqualTo("queued");
        assertThat(refused.get("webhookStatus").asInt()).isEqualTo(500);
        var info = bot.execute(GetWebhookInfo.builder().build());
        assertThat(info.getPendingUpdatesCount()).isEqualTo(1);
        assertThat(info.getLastErrorMessage()).isEqualTo("Wrong response from the webhook: 500");

        receiverStatus.set(200);
        JsonNode next = http.post("/sandbox/telegram/updates", "{\"userId\":7002,\"text\":\"два\"}")
                .json();

        assertThat(next.get("delivered").asString()).isEqualTo("webhook");
        assertThat(received).extracting(ControlApiTests::text).containsExactly("раз", "раз", "два");
    }

    @Test
    void longPollAnswersAsSoonAsAUserWrites() throws Exception {
        CompletableFuture<ArrayList<Update>> poll =
                bot.executeAsync(GetUpdates.builder().timeout(20).build());

        JsonNode played = http.post("/sandbox/telegram/updates", "{\"userId\":7003,\"contactPhone\":\"+79001234567\"}")
                .json();

        assertThat(played.get("delivered").asString()).isEqualTo("queued");
        List<Update> updates = poll.get(10, TimeUnit.SECONDS);
        assertThat(updates).hasSize(1);
        assertThat(updates.getFirst().getMessage().getContact().getPhoneNumber())
                .isEqualTo("+79001234567");
        int nextOffset = updates.getFirst().getUpdateId() + 1;
        assertThat(bot.execute(GetUpdates.builder().offset(nextOffset).build())).isEmpty();
    }

    @Test
    void pressedButtonArrivesAsCallbackQueryOnTheBotsMessage() throws Exception {
        Message question = bot.execute(SendMessage.builder()
                .chatId(7004L)
                .text("Записать вас на консультацию?")
                .replyMarkup(InlineKeyboardMarkup.builder()
                        .keyboardRow(new InlineKeyboardRow(
                                InlineKeyboardButton.builder()
                                        .text("Да")
                                        .callbackData("consult:yes")
                                        .build(),
                                InlineKeyboardButton.builder()
                                        .text("Нет")
                                        .callbackData("consult:no")
                                        .build()))
                        .build())
                .build());

        http.post("/sandbox/telegram/updates", "{\"userId\":7004,\"callbackData\":\"consult:yes\"}");

        Update update = bot.execute(GetUpdates.builder().build()).getFirst();
        var callback = update.getCallbackQuery();
        assertThat(callback.getData()).isEqualTo("consult:yes");
        assertThat(callback.getFrom().getId()).isEqualTo(7004L);
        assertThat(callback.getMessage().getMessageId()).isEqualTo(question.getMessageId());
        assertThat(bot.execute(AnswerCallbackQuery.builder()
                        .callbackQueryId(callback.getId())
                        .text("Готово")
                        .build()))
                .isTrue();
        assertThatThrownBy(() -> bot.execute(AnswerCallbackQuery.builder()
                        .callbackQueryId(callback.getId())
                        .build()))
                .isInstanceOfSatisfying(
                        TelegramApiRequestException.class,
                        e -> assertThat(e.getErrorCode()).isEqualTo(400));
    }

    @Test
    void callbackAnswersAreRecordedWithTheirPopupTextPerPresser() throws Exception {
        bot.execute(SendMessage.builder()
                .chatId(-7008L)
                .text("Новый лид")
                .replyMarkup(InlineKeyboardMarkup.builder()
                        .keyboardRow(new InlineKeyboardRow(InlineKeyboardButton.builder()
                                .text("✅")
                                .callbackData("ln:w:1")
                                .build()))
                        .build())
                .build());
        http.post("/sandbox/telegram/updates", "{\"userId\":7009,\"chatId\":-7008,\"callbackData\":\"ln:w:1\"}");
        http.post("/sandbox/telegram/updates", "{\"userId\":7010,\"chatId\":-7008,\"callbackData\":\"ln:w:1\"}");
        List<Update> presses = bot.execute(GetUpdates.builder().build());
        String opened = http.post(
                        "/sandbox/telegram/callback-queries", "{\"userId\":7009,\"chatId\":-7008,\"data\":\"ln:w:1\"}")
                .json()
                .get("id")
                .asString();

        bot.execute(AnswerCallbackQuery.builder()
                .callbackQueryId(presses.get(0).getCallbackQuery().getId())
                .text("Только для менеджеров")
                .showAlert(true)
                .build());
        bot.execute(AnswerCallbackQuery.builder()
                .callbackQueryId(presses.get(1).getCallbackQuery().getId())
                .build());
        bot.execute(AnswerCallbackQuery.builder()
                .callbackQueryId(opened)
                .text("Готово")
                .build());

        JsonNode eves =
                http.get("/sandbox/telegram/callback-answers?userId=7009").json();
        assertThat(eves.values())
                .extracting(
                        a -> a.get("text").asString(), a -> a.get("showAlert").asBoolean())
                .containsExactly(tuple("Только для менеджеров", true), tuple("Готово", false));
        assertThat(eves.get(0).get("chatId").asLong()).isEqualTo(-7008L);
        assertThat(eves.get(0).get("data").asString()).isEqualTo("ln:w:1");
        JsonNode silent =
                http.get("/sandbox/telegram/callback-answers?userId=7010").json();
        assertThat(silent.values()).singleElement().satisfies(answer -> {
            assertThat(answer.get("text").isNull()).isTrue();
            assertThat(answer.get("showAlert").asBoolean()).isFalse();
        });
        assertThat(http.get("/sandbox/telegram/callback-answers").json()).hasSize(3);
    }

    @Test
    void sharedCardOfSomeoneElseCarriesTheirNameAndNoUserId() throws Exception {
        http.post("/sandbox/telegram/updates", """
                {"userId":7011,"firstName":"Анна","contactPhone":"79001234567","contactFirstName":"Иван",
                 "contactLastName":"Петров"}""");

        var contact = bot.execute(GetUpdates.builder().build())
                .getFirst()
                .getMessage()
                .getContact();
        assertThat(contact.getPhoneNumber()).isEqualTo("79001234567");
        assertThat(contact.getFirstName()).isEqualTo("Иван");
        assertThat(contact.getLastName()).isEqualTo("Петров");
        assertThat(contact.getUserId()).isNull();
    }

    @Test
    void playedEditReplacesTheUsersLastTextAsTelegramsEditedMessage() throws Exception {
        bot.execute(SetWebhook.builder().url(webhookUrl()).build());
        http.post("/sandbox/telegram/updates", "{\"userId\":7008,\"text\":\"Иван\"}");

        JsonNode played = http.post(
                        "/sandbox/telegram/updates", "{\"userId\":7008,\"text\":\"Пётр\",\"editsLastMessage\":true}")
                .json();

        assertThat(played.get("delivered").asString()).isEqualTo("webhook");
        Update original = TELEGRAMBOTS.readValue(received.get(0).body(), Update.class);
        Update edit = TELEGRAMBOTS.readValue(received.get(1).body(), Update.class);
        assertThat(edit.hasMessage()).isFalse();
        assertThat(edit.getEditedMessage().getText()).isEqualTo("Пётр");
        assertThat(edit.getEditedMessage().getMessageId())
                .isEqualTo(original.getMessage().getMessageId());
        assertThat(edit.getEditedMessage().getEditDate()).isNotNull();
        assertThat(http.post("/sandbox/telegram/updates", "{\"userId\":7009,\"text\":\"x\",\"editsLastMessage\":true}")
                        .status())
                .as("nothing to edit")
                .isEqualTo(409);
    }

    @Test
    void playedUpdateNeedsExactlyOneAction() {
        SandboxHttp.Reply reply =
                http.post("/sandbox/telegram/updates", "{\"userId\":7005,\"text\":\"hi\",\"callbackData\":\"x\"}");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
    }

    @Test
    void messagesCanBeListedForAllChatsAndCleared() throws Exception {
        bot.execute(SendMessage.builder().chatId(7006L).text("a").build());
        bot.execute(SendMessage.builder().chatId(-7007L).text("b").build());

        assertThat(http.get("/sandbox/telegram/messages").json().values())
                .extracting(m -> m.get("chatId").asLong())
                .containsExactly(7006L, -7007L);

        http.delete("/sandbox/telegram/messages");
        assertThat(http.get("/sandbox/telegram/messages").json()).isEmpty();
    }

    private String webhookUrl() {
        return "http://127.0.0.1:" + receiver.getAddress().getPort() + "/telegram/webhook";
    }

    private static String text(Delivery delivery) {
        try {
            return TELEGRAMBOTS
                    .readValue(delivery.body(), Update.class)
                    .getMessage()
                    .getText();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private record Delivery(String secret, String body) {}
}
