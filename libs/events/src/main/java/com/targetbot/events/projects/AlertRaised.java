package com.targetbot.events.projects;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * A rule found a project off course. Raised once per rule, subject and day, then quiet for the project's cool-down;
 * during its quiet hours it waits for their end.
 *
 * @param alertId stable id, for acknowledging it
 * @param projectId the project
 * @param projectName its name when raised
 * @param rule what fired
 * @param subject what it is about
 * @param day the day the figures are of
 * @param currency the currency of the money figures
 * @param figures what the rule saw, by name ({@code spend}, {@code leads}, {@code costPerLead},
 *     {@code targetCostPerLead}, {@code dailyBudget}, {@code tolerancePercent}, ...)
 * @param audience who must hear it
 * @param raisedAt when it was raised (told)
 */
public record AlertRaised(
        String alertId,
        String projectId,
        String projectName,
        AlertRule rule,
        AlertSubject subject,
        LocalDate day,
        String currency,
        Map<String, BigDecimal> figures,
        Set<AlertAudience> audience,
        Instant raisedAt)
        implements ProjectAlertEvent {

    public AlertRaised {
        Objects.requireNonNull(alertId, "alertId");
        Objects.requireNonNull(projectId, "projectId");
        Objects.requireNonNull(projectName, "projectName");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(currency, "currency");
        figures = Collections.unmodifiableMap(new TreeMap<>(figures));
        audience = ProjectAlerts.inOrder(AlertAudience.class, audience);
        Objects.requireNonNull(raisedAt, "raisedAt");
    }
}
