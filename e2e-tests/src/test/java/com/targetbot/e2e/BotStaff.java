package com.targetbot.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The bot users a test class promoted and the groups it registered, made the way production makes them and
 * undone the same way when the class ends: a manager, admin or group left behind would be told of every later
 * class's leads, and those notices would queue in the sender ahead of the later class's own messages. So every
 * class leaves the one stack as it found it, whatever order the classes run in.
 */
final class BotStaff implements AutoCloseable {

    private static final Map<String, String> RU_ROLES =
            Map.of("client", "клиент", "manager", "менеджер", "admin", "администратор");
    private static final Set<String> UNREGISTERED = Set.of(
            "Регистрация группы снята: уведомления о новых лидах сюда больше не придут.",
            "The group is unregistered: notifications about new leads will no longer arrive here.");

    /** The bootstrap admin signed in to the web admin: the one who invites bot users and sets their roles. */
    private final Callers.Caller webAdmin;

    private final List<TelegramUser> promoted = new ArrayList<>();
    private final List<TelegramUser> groupAdmins = new ArrayList<>();

    BotStaff(Callers.Caller webAdmin) {
        this.webAdmin = webAdmin;
    }

    /**
     * Promotes the user the way it is done in production: the web admin creates an invite for the role
     * through the gateway, and the user opens its link, which Telegram turns into {@code /start <token>}.
     */
    TelegramUser promoted(TelegramUser user, String role) {
        user.says("/start " + webAdmin.inviteToken(role));
        raised(user);

        String accepted = user.languageCode().equals("ru")
                ? "Приглашение принято: ваша роль — <b>" + RU_ROLES.get(role) + "</b>."
                : "The invitation is accepted: your role is <b>" + role + "</b>.";
        assertThat(user.reply().text()).contains("\n\n" + accepted + "\n\n");
        return user;
    }

    /** Notes a user the test promoted itself (e.g. with a bot admin's {@code /invite}): a client again at the end. */
    void raised(TelegramUser user) {
        promoted.add(user);
    }

    /** Notes that this admin, in a group chat, registered the group: they unregister it when the class ends. */
    void registeredBy(TelegramUser adminInGroup) {
        groupAdmins.add(adminInGroup);
    }

    /** Unregisters the groups (while their admins are still admins), then makes every promoted user a client again. */
    @Override
    public void close() {
        for (TelegramUser admin : groupAdmins) {
            admin.says("/unregister");
            admin.awaitMessage(message -> UNREGISTERED.contains(message.text()));
        }
        for (TelegramUser user : promoted) {
            var change = webAdmin.patch("/api/telegram/users/" + user.id(), Http.toJson(Map.of("role", "client")));
            assertThat(change.statusCode()).as(change.body()).isEqualTo(202);
        }
        for (TelegramUser user : promoted) {
            await().atMost(Duration.ofSeconds(30)).until(() -> role(user).equals("client"));
        }
    }

    /** The user's role as telegram-service answers it (the page after the id just below the user's holds them). */
    private String role(TelegramUser user) {
        var page = Callers.ok(webAdmin.get("/api/telegram/users?limit=1&cursor=" + (user.id() - 1)));
        return Http.json(page).get("items").get(0).get("role").asString();
    }
}
