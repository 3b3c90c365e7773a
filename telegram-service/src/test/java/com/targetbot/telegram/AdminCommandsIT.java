package com.targetbot.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

import com.targetbot.events.Envelope;
import com.targetbot.events.Event;
import com.targetbot.events.telegram.ChangeBotUser;
import com.targetbot.events.telegram.CreateInvite;
import com.targetbot.events.telegram.RevokeInvite;
import com.targetbot.kit.kafka.KafkaKitAutoConfiguration;
import com.targetbot.telegram.invites.Invite;
import com.targetbot.telegram.invites.Invites;
import com.targetbot.telegram.users.BotRole;
import com.targetbot.testkit.KafkaFixture;
import com.targetbot.testkit.TopicProbe;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The admins' changes the gateway accepts reach telegram-service as commands on {@code telegram.commands}. */
class AdminCommandsIT extends BotIntegration {

    @Autowired
    Invites invites;

    @Test
    void changeSetsTheRoleAndActivationAndADeactivatedUserStaysInactiveThroughTheirNextStart() throws Exception {
        long user = bot().registered("Anna", "en", "client");

        send(new ChangeBotUser(user, "manager", false, "admin:olga", Instant.now()));

        await().untilAsserted(() -> assertThat(redis.opsForHash().entries("telegram:user:" + user))
                .containsEntry("role", "manager")
                .containsEntry("active", "false"));
        bot().say(TelegramUpdates.text(user, "Anna", "en", "/start"));
        bot().awaitMessages(user, 2);
        assertThat(redis.opsForHash().get("telegram:user:" + user, "active")).isEqualTo("false");

        send(new ChangeBotUser(user, null, true, "admin:olga", Instant.now()));

        await().untilAsserted(() -> assertThat(redis.opsForHash().entries("telegram:user:" + user))
                .containsEntry("role", "manager")
                .containsEntry("active", "true"));
    }

    @Test
    void changeOfAnUnknownUserIsDeadLetteredWithTheReason() throws Exception {
        long stranger = TelegramUpdates.newUserId();

        send(new ChangeBotUser(stranger, "admin", null, "admin:olga", Instant.now()));

        try (var dead = new TopicProbe(KafkaFixture.bootstrapServers(), "telegram.commands.dlt")) {
            await().atMost(Duration.ofSeconds(30))
                    .untilAsserted(() -> assertThat(dead.about(Long.toString(stranger), Duration.ofMillis(200)))
                            .singleElement()
                            .satisfies(record -> assertThat(TopicProbe.header(
                                            record, KafkaKitAutoConfiguration.DEAD_LETTER_REASON_HEADER))
                                    .isEqualTo("no bot user " + stranger)));
        }
        assertThat(redis.hasKey("telegram:user:" + stranger)).isFalse();
    }

    @Test
    void inviteMintedElsewhereWorksOnceByItsTokenAndARedeliveredCreateDoesNotReviveIt() throws Exception {
        String token = "gateway-minted_" + UUID.randomUUID().toString().replace("-", "");
        var create = new CreateInvite(
                UUID.randomUUID().toString(),
                "manager",
                sha256(token),
                Instant.now().plus(Duration.ofHours(24)),
                "admin:olga",
                Instant.now());
        Envelope<CreateInvite> envelope = Envelope.wrap(create, "gateway-service");

        publish(envelope);

        await().untilAsserted(() -> assertThat(invites.outstanding())
                .extracting(Invite::id, Invite::createdBy)
                .contains(tuple(create.inviteId(), "admin:olga")));
        long anna = TelegramUpdates.newUserId();
        bot().say(TelegramUpdates.text(anna, "Anna", "en", "/start " + token));
        assertThat(bot().awaitMessages(anna, 1).getFirst().text()).contains("your role is <b>manager</b>.");

        publish(envelope);
        long eve = bot().registered("Eve", "en", "client");
        bot().say(TelegramUpdates.text(eve, "Eve", "en", "/start " + token));

        assertThat(bot().awaitMessages(eve, 2).getLast().text()).contains("This invitation link does not work");
        assertThat(invites.outstanding()).extracting(Invite::id).doesNotContain(create.inviteId());
    }

    @Test
    void revokedInviteStopsWorkingAndRevokingAgainChangesNothing() throws Exception {
        var issued = invites.create(BotRole.ADMIN, null, "admin:olga");
        String id = issued.invite().id();
        String link = issued.link();

        send(new RevokeInvite(id, "admin:olga", Instant.now()));
        send(new RevokeInvite(id, "admin:olga", Instant.now()));

        await().untilAsserted(() ->
                assertThat(invites.outstanding()).extracting(Invite::id).doesNotContain(id));
        long anna = bot().registered("Anna", "en", "client");
        bot().say(TelegramUpdates.text(anna, "Anna", "en", "/start " + link.substring(link.indexOf("start=") + 6)));
        assertThat(bot().awaitMessages(anna, 2).getLast().text()).contains("This invitation link does not work");
        assertThat(redis.opsForHash().get("telegram:user:" + anna, "role")).isEqualTo("client");
    }

    private void send(Event command) throws Exception {
        publisher.publish(command).get(10, TimeUnit.SECONDS);
    }

    private static String sha256(String token) throws Exception {
        return HexFormat.of()
                .formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII)));
    }
}
