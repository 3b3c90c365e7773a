package com.targetbot.events.projects;

import java.time.LocalTime;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * How a project is alerted. Projects stored before alerts existed read as {@link #DEFAULTS}.
 *
 * @param disabled rules switched off for this project
 * @param audiences who a rule is told to, where the project differs from the rule's default
 * @param quietFrom start of the quiet hours in the project's zone (alerts wait until they end); null: none
 * @param quietTo end of the quiet hours
 * @param quietWeekends whether Saturdays and Sundays are quiet all day
 * @param cooldownHours how long an alert of a rule about one subject stays quiet after it was raised
 * @param escalateAfterMinutes after how long an unacknowledged alert goes to the admins
 * @param autoPause whether rules that may pause a campaign do so without waiting for a person
 */
public record ProjectAlerts(
        Set<AlertRule> disabled,
        Map<AlertRule, Set<AlertAudience>> audiences,
        @Nullable LocalTime quietFrom,
        @Nullable LocalTime quietTo,
        boolean quietWeekends,
        int cooldownHours,
        int escalateAfterMinutes,
        boolean autoPause) {

    /** Every rule on, told to the rule's default audience, no quiet hours, a 6-hour cool-down, escalation after 1 h. */
    public static final ProjectAlerts DEFAULTS = new ProjectAlerts(Set.of(), Map.of(), null, null, false, 6, 60, false);

    public ProjectAlerts {
        disabled = inOrder(AlertRule.class, Objects.requireNonNullElse(disabled, Set.of()));
        var byRule = new EnumMap<AlertRule, Set<AlertAudience>>(AlertRule.class);
        Objects.requireNonNullElse(audiences, Map.<AlertRule, Set<AlertAudience>>of())
                .forEach((rule, audience) -> byRule.put(rule, inOrder(AlertAudience.class, audience)));
        audiences = Collections.unmodifiableMap(byRule);
    }

    /** An unmodifiable copy in the constants' order, so the JSON written is the same every time. */
    static <E extends Enum<E>> Set<E> inOrder(Class<E> type, Collection<E> values) {
        EnumSet<E> ordered = EnumSet.noneOf(type);
        ordered.addAll(values);
        return Collections.unmodifiableSet(ordered);
    }
}
