package com.targetbot.telegram.leadboard;

import com.targetbot.events.projects.Project;
import com.targetbot.telegram.groups.RegisteredGroups;
import com.targetbot.telegram.i18n.BotLanguage;
import com.targetbot.telegram.i18n.BotTexts;
import com.targetbot.telegram.i18n.LanguagePreferences;
import com.targetbot.telegram.outbound.OutboundMessages;
import com.targetbot.telegram.projects.ProjectDirectory;
import com.targetbot.telegram.users.BotUserRepository;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;

/**
 * The new-lead notices a chat's budget held back, told as one message per chat and interval ("…and 5 more
 * new leads — /leads"). Counters live in Redis, so every instance counts into them and any instance's run
 * tells them; a set of the chats with a count spares the run a scan of the key space.
 */
@Component
@EnableScheduling
class NoticeDigest implements SchedulingConfigurer {

    static final String COUNTER_PREFIX = "telegram:notice-digest:";
    static final String CHATS_KEY = "telegram:notice-digest-chats";

    private static final Logger log = LoggerFactory.getLogger(NoticeDigest.class);

    private final StringRedisTemplate redis;
    private final RegisteredGroups groups;
    private final ProjectDirectory projects;
    private final BotUserRepository users;
    private final LanguagePreferences languages;
    private final OutboundMessages outbound;
    private final BotTexts texts;
    private final NoticeBudgetProperties properties;

    NoticeDigest(
            StringRedisTemplate redis,
            RegisteredGroups groups,
            ProjectDirectory projects,
            BotUserRepository users,
            LanguagePreferences languages,
            OutboundMessages outbound,
            BotTexts texts,
            NoticeBudgetProperties properties) {
        this.redis = redis;
        this.groups = groups;
        this.projects = projects;
        this.users = users;
        this.languages = languages;
        this.outbound = outbound;
        this.texts = texts;
        this.properties = properties;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        Duration interval = properties.digestInterval();
        registrar.addFixedDelayTask(new FixedDelayTask(this::sendPending, interval, interval));
    }

    /** Counts a notice the chat's budget held back. */
    void postpone(long chatId) {
        // Counter before set member, while a run removes the member before taking the counter: whichever
        // order the two interleave in, a count is told by this run or left with its member for the next.
        redis.opsForValue().increment(COUNTER_PREFIX + chatId);
        redis.opsForSet().add(CHATS_KEY, Long.toString(chatId));
    }

    /** Tells each chat with held-back notices how many there were, and starts its count again. */
    void sendPending() {
        Set<String> chats = redis.opsForSet().members(CHATS_KEY);
        if (chats == null) {
            return;
        }
        for (String chat : chats) {
            redis.opsForSet().remove(CHATS_KEY, chat);
            String pending = redis.opsForValue().getAndDelete(COUNTER_PREFIX + chat);
            if (pending != null) {
                send(Long.parseLong(chat), Long.parseLong(pending));
            }
        }
    }

    private void send(long chatId, long pending) {
        List<Project> own = projects.boundTo(chatId);
        Optional<BotLanguage> language = groups.language(chatId)
                .or(() -> own.isEmpty() ? Optional.empty() : Optional.of(groups.languageOf(chatId)))
                .or(() -> users.find(chatId)
                        .filter(user -> user.active() && user.role().managesLeads())
                        .map(user -> languages.resolve(user.id(), user.languageCode())));
        if (language.isEmpty()) {
            log.info("Chat {} no longer gets lead notices: {} held-back ones are not told", chatId, pending);
            return;
        }
        // A project's group is not shown the list of every client's leads, so its digest points nowhere, and goes
        // to the forum topic its notices went to.
        String key = own.isEmpty() ? "leads.digest" : "leads.digest-project";
        Integer topic = own.isEmpty() ? null : ProjectDirectory.topicIn(own.getFirst(), chatId);
        outbound.sendHtml(
                chatId,
                topic,
                texts.text(language.get(), key, texts.count(language.get(), "leads.more-new", pending)),
                null);
    }
}
