package com.targetbot.telegram.projects;

import com.targetbot.events.projects.BindProjectChat;
import com.targetbot.events.projects.ChatRole;
import com.targetbot.events.projects.Project;
import com.targetbot.events.projects.ProjectChat;
import com.targetbot.events.projects.UnbindProjectChat;
import com.targetbot.kit.kafka.EventPublisher;
import com.targetbot.telegram.groups.RegisteredGroups;
import com.targetbot.telegram.i18n.BotLanguage;
import com.targetbot.telegram.i18n.BotTexts;
import com.targetbot.telegram.inbound.ButtonPress;
import com.targetbot.telegram.outbound.Keyboards;
import com.targetbot.telegram.outbound.Keyboards.Button;
import com.targetbot.telegram.outbound.OutboundMessages;
import com.targetbot.telegram.outbound.TelegramHtml;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * The bot's side of a chat's projects: after {@code /register} an admin picks the group's project and what the group
 * is to it, which the bot asks meta-service for on {@code projects.commands}; a chat the bot was removed from or left
 * is unbound from all its projects. The chats change in the projection only once meta-service publishes the project.
 */
@Component
public class ProjectBinding {

    /** Prefix of the project buttons: {@code pj:<topic>:<project id>}, {@code pj:<topic>:-} for "no project". */
    public static final String PROJECT_PREFIX = "pj";

    /** Prefix of the role buttons: {@code pr:<c|a>:<topic>:<project id>}. */
    public static final String ROLE_PREFIX = "pr";

    private static final String NO_PROJECT = "-";
    private static final List<String> ROLES = List.of("c", "a");
    private static final String TOPIC = "\\d{0,10}";

    private static final Logger log = LoggerFactory.getLogger(ProjectBinding.class);

    private final ProjectDirectory directory;
    private final RegisteredGroups groups;
    private final EventPublisher publisher;
    private final OutboundMessages outbound;
    private final BotTexts texts;
    private final Clock clock;

    ProjectBinding(
            ProjectDirectory directory,
            RegisteredGroups groups,
            EventPublisher publisher,
            OutboundMessages outbound,
            BotTexts texts,
            Clock clock) {
        this.directory = directory;
        this.groups = groups;
        this.publisher = publisher;
        this.outbound = outbound;
        this.texts = texts;
        this.clock = clock;
    }

    /**
     * The keyboard of the projects a group may be bound to, and "no project"; none while the bot knows no project.
     * The topic the command came from travels in the data, since the bind names it.
     */
    public Optional<JsonNode> choice(@Nullable Integer topicId, BotLanguage language) {
        List<Project> projects = directory.all();
        if (projects.isEmpty()) {
            return Optional.empty();
        }
        String topic = topicId == null ? "" : topicId.toString();
        List<List<Button>> rows = new ArrayList<>();
        for (Project project : projects) {
            String data = PROJECT_PREFIX + ":" + topic + ":" + project.id();
            // The role buttons' data is the longest; a project whose id would not fit is left out.
            if (fits(ROLE_PREFIX + ":c:" + topic + ":" + project.id())) {
                rows.add(List.of(new Button("📁 " + project.name(), data)));
            } else {
                log.warn("Project {} cannot be offered: its id is too long for a button", project.id());
            }
        }
        rows.add(List.of(new Button(
                texts.text(language, "register.no-project"), PROJECT_PREFIX + ":" + topic + ":" + NO_PROJECT)));
        return Optional.of(Keyboards.inline(rows));
    }

    /**
     * A project button ({@code pj:}) or a role button ({@code pr:}) of the {@code /register} answer, pressed by an
     * admin (the dispatcher checks): the message is redrawn in place with the next step, in the group's language.
     */
    public void onButton(ButtonPress press) {
        BotLanguage language = groups.languageOf(press.chatId());
        String[] parts = press.data().split(":", -1);
        if (press.privateChat()) {
            outbound.answerCallback(press.queryId(), texts.text(press.language(), "button.unknown"), true);
        } else if (parts[0].equals(PROJECT_PREFIX) && parts.length == 3 && parts[1].matches(TOPIC)) {
            onProject(press, language, topic(parts[1]), parts[2]);
        } else if (parts[0].equals(ROLE_PREFIX)
                && parts.length == 4
                && ROLES.contains(parts[1])
                && parts[2].matches(TOPIC)) {
            onRole(
                    press,
                    language,
                    parts[1].equals("c") ? ChatRole.CLIENT : ChatRole.AGENCY,
                    topic(parts[2]),
                    parts[3]);
        } else {
            outbound.answerCallback(press.queryId(), texts.text(press.language(), "button.unknown"), true);
        }
    }

    private void onProject(ButtonPress press, BotLanguage language, @Nullable Integer topicId, String projectId) {
        if (projectId.equals(NO_PROJECT)) {
            unbindAll(press.chatId(), press.from().userId());
            redraw(press, texts.text(language, "register.unbound"), null);
            return;
        }
        Optional<Project> project = known(press, projectId);
        if (project.isEmpty()) {
            return;
        }
        String topic = topicId == null ? "" : topicId.toString();
        JsonNode roles = Keyboards.inline(List.of(
                List.of(new Button(
                        texts.text(language, "register.role.client"), ROLE_PREFIX + ":c:" + topic + ":" + projectId)),
                List.of(new Button(
                        texts.text(language, "register.role.agency"), ROLE_PREFIX + ":a:" + topic + ":" + projectId))));
        redraw(
                press,
                texts.text(
                        language,
                        "register.choose-role",
                        TelegramHtml.escape(project.get().name())),
                roles);
    }

    private void onRole(
            ButtonPress press, BotLanguage language, ChatRole role, @Nullable Integer topicId, String projectId) {
        Optional<Project> project = known(press, projectId);
        if (project.isEmpty()) {
            return;
        }
        publisher
                .publish(new BindProjectChat(
                        projectId,
                        new ProjectChat(press.chatId(), topicId),
                        role,
                        "telegram:" + press.from().userId(),
                        clock.instant()))
                .join();
        // The group gets the project's leads from the bind on, so it keeps a language for them.
        groups.register(press.chatId(), language);
        String done = role == ChatRole.CLIENT ? "register.bound-client" : "register.bound-agency";
        redraw(
                press,
                texts.text(language, done, TelegramHtml.escape(project.get().name())),
                null);
    }

    /** Stops the presser's spinner and replaces the message with the next step. */
    private void redraw(ButtonPress press, String html, @Nullable JsonNode keyboard) {
        outbound.answerCallback(press.queryId(), null, false);
        outbound.editHtml(press.chatId(), press.messageId(), html, keyboard);
    }

    /**
     * The bot is no longer in the chat (it left, or was removed or banned): the chat leaves its projects and the
     * registered groups, since nothing sent there can arrive.
     *
     * @param by the user who removed the bot, or the bot itself when it left
     */
    public void botRemoved(long chatId, long by) {
        unbindAll(chatId, by);
        groups.unregister(chatId);
        log.info("The bot is no longer in chat {}: unbound and unregistered", chatId);
    }

    private void unbindAll(long chatId, long by) {
        for (Project project : directory.boundTo(chatId)) {
            publisher
                    .publish(new UnbindProjectChat(project.id(), chatId, "telegram:" + by, clock.instant()))
                    .join();
        }
    }

    /** The project, or empty after telling the presser it is gone (deleted since the keyboard was drawn). */
    private Optional<Project> known(ButtonPress press, String projectId) {
        Optional<Project> project = directory.find(projectId);
        if (project.isEmpty()) {
            outbound.answerCallback(press.queryId(), texts.text(press.language(), "register.project-gone"), true);
        }
        return project;
    }

    private static @Nullable Integer topic(String value) {
        return value.isEmpty() ? null : Integer.valueOf(value);
    }

    private static boolean fits(String data) {
        return data.getBytes(StandardCharsets.UTF_8).length <= Keyboards.MAX_CALLBACK_DATA_BYTES;
    }
}
