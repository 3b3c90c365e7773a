package com.targetbot.telegram;

import static com.targetbot.telegram.TelegramUpdates.newUserId;
import static org.assertj.core.api.Assertions.assertThat;

import com.targetbot.telegram.SandboxTelegram.SentMessage;
import com.targetbot.telegram.invites.Invites;
import com.targetbot.telegram.users.BotRole;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Invites in the bot: {@code /invite} for admins, {@code /start <payload>} for whoever follows the link. */
class InvitesIT extends BotIntegration {

    // The sandbox's getMe answers with this username.
    static final Pattern LINK = Pattern.compile("https://t\\.me/targetbot_sandbox_bot\\?start=([A-Za-z0-9_-]{43})");

    @Autowired
    Invites invites;

    @Test
    void adminInvitesAManagerAndTheLinkMakesItsFirstUserAManagerAndNoOneElse() throws Exception {
        long admin = bot().registered("Олег", "ru", "admin");

        bot().say(TelegramUpdates.text(admin, "Олег", "ru", "/invite manager"));

        String reply = bot().awaitMessages(admin, 2).getLast().text();
        assertThat(reply)
                .startsWith("Приглашение на роль <b>менеджер</b>, одноразовое, действует до ")
                .containsPattern("до \\d{2}\\.\\d{2}\\.\\d{4} \\d{2}:\\d{2} \\(Москва\\):\n");
        String token = token(reply);
        assertThat(redis.keys("telegram:invite:*"))
                .contains("telegram:invite:" + sha256(token))
                .noneMatch(key -> key.contains(token));

        long anna = newUserId();
        bot().say(TelegramUpdates.text(anna, "Anna", "en", "/start " + token));
        assertThat(bot().awaitMessages(anna, 1).getFirst().text())
                .startsWith("Hello, <b>Anna</b>!")
                .contains("\n\nThe invitation is accepted: your role is <b>manager</b>.\n\n");
        long eve = newUserId();
        bot().say(TelegramUpdates.text(eve, "Eve", "ru", "/start " + token));

        assertThat(bot().awaitMessages(eve, 1).getFirst().text())
                .contains("Эта ссылка-приглашение не действует: она неизвестна, уже использована или устарела.");
        assertThat(role(anna)).isEqualTo("manager");
        assertThat(role(eve)).isEqualTo("client");

        bot().say(TelegramUpdates.text(anna, "Anna", "en", "/start"));

        assertThat(bot().awaitMessages(anna, 2).getLast().text())
                .startsWith("Welcome back, <b>Anna</b>!")
                .doesNotContain("invitation");
        assertThat(role(anna)).isEqualTo("manager");
    }

    @Test
    void inviteToALowerRoleLeavesAnAdminAnAdminAndSaysSo() throws Exception {
        long admin = bot().registered("Oleg", "en", "admin");
        String token = token(invites.create(BotRole.CLIENT, null, "test").link());

        bot().say(TelegramUpdates.text(admin, "Oleg", "en", "/start " + token));

        assertThat(bot().awaitMessages(admin, 2).getLast().text()).contains("your role is <b>admin</b>.");
        assertThat(role(admin)).isEqualTo("admin");
    }

    @Test
    void expiredRevokedAndMadeUpLinksChangeNothingAndSaySoInTheUsersLanguage() throws Exception {
        String expired = token(
                invites.create(BotRole.ADMIN, Duration.ofMillis(1), "test").link());
        var revokedInvite = invites.create(BotRole.ADMIN, null, "test");
        assertThat(invites.revoke(revokedInvite.invite().id())).isTrue();
        String revoked = token(revokedInvite.link());
        long anna = bot().registered("Anna", "en", "client");

        for (String payload : List.of(expired, revoked, "made-up_payload", "not a payload!")) {
            bot().say(TelegramUpdates.text(anna, "Anna", "en", "/start " + payload));
        }

        assertThat(bot().awaitMessages(anna, 5).subList(1, 5))
                .extracting(SentMessage::text)
                .allMatch(text -> text.contains("This invitation link does not work: it is unknown, already used or"
                        + " expired. Ask an admin for a new one."));
        assertThat(role(anna)).isEqualTo("client");
        assertThat(invites.outstanding())
                .noneMatch(invite -> invite.id().equals(revokedInvite.invite().id()));
    }

    @Test
    void twoUsersRacingOnOneLinkMeansExactlyOneWins() throws Exception {
        for (int round = 0; round < 20; round++) {
            String token = token(invites.create(BotRole.MANAGER, null, "test").link());
            var start = new CountDownLatch(1);
            List<CompletableFuture<Optional<BotRole>>> racers = List.of(newUserId(), newUserId()).stream()
                    .map(user -> CompletableFuture.supplyAsync(() -> {
                        await(start);
                        return invites.redeem(token, user);
                    }))
                    .toList();
            start.countDown();

            assertThat(racers.stream().map(CompletableFuture::join))
                    .filteredOn(Optional::isPresent)
                    .containsExactly(Optional.of(BotRole.MANAGER));
        }
    }

    @Test
    void onlyAnAdminInvitesAndOnlyInAPrivateChatWithAKnownRole() throws Exception {
        long manager = bot().registered("Anna", "en", "manager");
        long admin = bot().registered("Мария", "ru", "admin");
        long group = -newUserId();

        bot().say(TelegramUpdates.text(manager, "Anna", "en", "/invite manager"));
        bot().say(TelegramUpdates.text(admin, "Мария", "ru", "/invite owner"));
        bot().say(TelegramUpdates.groupText(group, admin, "Мария", "ru", "/invite client"));

        assertThat(bot().awaitMessages(manager, 2).getLast().text()).isEqualTo("This is for the agency’s admins only.");
        assertThat(bot().awaitMessages(admin, 2).getLast().text())
                .isEqualTo("Кого пригласить? <code>/invite client</code>, <code>/invite manager</code> или"
                        + " <code>/invite admin</code>.");
        assertThat(bot().awaitMessages(group, 1).getLast().text())
                .isEqualTo("Эта команда работает только в личном чате с ботом.");
    }

    @Test
    void configuredAdminBecomesAnAdminAtStartAndReadsAboutInvitesInHelp() throws Exception {
        long admin = SandboxTestInfrastructure.CONFIGURED_ADMIN;
        long client = bot().registered("Пётр", "ru", "client");

        bot().say(TelegramUpdates.text(admin, "Root", "en", "/start"));
        bot().awaitMessages(admin, 1);
        bot().say(TelegramUpdates.text(admin, "Root", "en", "/help"));
        bot().say(TelegramUpdates.text(client, "Пётр", "ru", "/help"));

        assertThat(role(admin)).isEqualTo("admin");
        assertThat(bot().awaitMessages(admin, 2).getLast().text())
                .endsWith("\n\nFor admins:\n/invite client|manager|admin: a single-use link that gives the role"
                        + "\n/register, /unregister in a group: its new-lead notifications on or off, and its project"
                        + "\n/project: the projects’ cards");
        assertThat(bot().awaitMessages(client, 2).getLast().text()).doesNotContain("/invite");
    }

    private static String token(String text) {
        Matcher link = LINK.matcher(text);
        assertThat(link.find()).as("a link in %s", text).isTrue();
        return link.group(1);
    }

    private static String sha256(String token) throws Exception {
        return HexFormat.of()
                .formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII)));
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private String role(long userId) {
        return (String) redis.opsForHash().get("telegram:user:" + userId, "role");
    }
}
