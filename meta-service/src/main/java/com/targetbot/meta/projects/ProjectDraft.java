package com.targetbot.meta.projects;

import com.targetbot.events.projects.AlertAudience;
import com.targetbot.events.projects.AlertRule;
import com.targetbot.events.projects.Project;
import com.targetbot.events.projects.ProjectAlerts;
import com.targetbot.events.projects.ProjectChat;
import com.targetbot.events.projects.ProjectKpi;
import com.targetbot.kit.web.FieldError;
import com.targetbot.kit.web.FieldErrorCode;
import com.targetbot.kit.web.InvalidRequestException;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.node.StringNode;

/**
 * A project as a client writes it ({@code POST} body, or the current project with a {@code PATCH} merged in, RFC
 * 7396), checked field by field into a {@link Project}: every wrong field is named at once, in the one field-error
 * shape, so the admin UI can put each message at its field.
 */
final class ProjectDraft {

    static final int MAX_NAME = 120;
    static final int MAX_ITEMS = 100;
    private static final Set<String> FIELDS = Set.of(
            "name",
            "manager",
            "adAccountIds",
            "campaignIds",
            "formIds",
            "apiKeyPrefixes",
            "clientChat",
            "agencyChat",
            "timeZone",
            "currency",
            "kpi",
            "alerts");
    private static final Set<String> CHAT_FIELDS = Set.of("chatId", "topicId");
    private static final Set<String> ALERT_FIELDS = Set.of(
            "disabled",
            "audiences",
            "quietFrom",
            "quietTo",
            "quietWeekends",
            "cooldownHours",
            "escalateAfterMinutes",
            "autoPause");
    private static final Set<String> KPI_FIELDS =
            Set.of("targetCostPerLead", "dailyBudget", "monthlyBudget", "tolerancePercent");
    private static final Pattern LOGIN = Pattern.compile("[a-z0-9][a-z0-9._-]{0,63}");
    private static final Pattern ACCOUNT = Pattern.compile("(act_)?([0-9]{1,24})");
    private static final Pattern GRAPH_ID = Pattern.compile("[0-9]{1,24}");
    private static final Pattern KEY_PREFIX = Pattern.compile("[A-Za-z0-9]{8}");
    private static final BigDecimal MAX_MONEY = new BigDecimal("1000000000000");
    private static final int MAX_TOLERANCE = 1000;

    private final List<FieldError> errors = new ArrayList<>();

    private ProjectDraft() {}

    /**
     * The project {@code body} describes, with id {@code id}; {@code defaultZone} where it names no zone.
     *
     * @throws InvalidRequestException naming every wrong field
     */
    static Project read(String id, JsonNode body, ZoneId defaultZone) {
        ProjectDraft draft = new ProjectDraft();
        Project project = draft.project(id, body, defaultZone);
        InvalidRequestException.throwIfAny(draft.errors);
        return project;
    }

    /** RFC 7396: an object merges member by member, {@code null} removes a member, anything else replaces it. */
    static JsonNode merge(JsonNode target, JsonNode patch) {
        if (!patch.isObject() || !target.isObject()) {
            return patch;
        }
        ObjectNode merged = ((ObjectNode) target).deepCopy();
        patch.properties().forEach(member -> {
            if (member.getValue().isNull()) {
                merged.remove(member.getKey());
            } else {
                JsonNode current = merged.get(member.getKey());
                merged.set(member.getKey(), current == null ? member.getValue() : merge(current, member.getValue()));
            }
        });
        return merged;
    }

    private Project project(String id, JsonNode body, ZoneId defaultZone) {
        if (!body.isObject()) {
            errors.add(new FieldError("body", FieldErrorCode.INVALID_FORMAT, "must be a JSON object"));
            return placeholder(id, defaultZone);
        }
        unknownFields("", body, FIELDS);
        String name = name(body.get("name"));
        return new Project(
                id,
                name,
                optionalText("manager", body.get("manager"), LOGIN, "must be an admin login"),
                ids("adAccountIds", body.get("adAccountIds"), ACCOUNT, "must be ad account ids such as act_1234"),
                ids("campaignIds", body.get("campaignIds"), GRAPH_ID, "must be Meta campaign ids (digits)"),
                ids("formIds", body.get("formIds"), GRAPH_ID, "must be Meta lead form ids (digits)"),
                ids(
                        "apiKeyPrefixes",
                        body.get("apiKeyPrefixes"),
                        KEY_PREFIX,
                        "must be API key prefixes (8 letters or digits)"),
                chat("clientChat", body.get("clientChat")),
                chat("agencyChat", body.get("agencyChat")),
                zone(body.get("timeZone"), defaultZone),
                currency(body.get("currency")),
                kpi(body.get("kpi")),
                alerts(body.get("alerts")));
    }

    private static Project placeholder(String id, ZoneId zone) {
        return new Project(
                id,
                "",
                null,
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                null,
                null,
                zone.getId(),
                "USD",
                ProjectKpi.NONE);
    }

    private void unknownFields(String prefix, JsonNode object, Set<String> known) {
        for (String field : object.propertyNames()) {
            if (!known.contains(field)) {
                errors.add(new FieldError(prefix + field, FieldErrorCode.UNKNOWN_FIELD, "is not a project field"));
            }
        }
    }

    private String name(@Nullable JsonNode value) {
        if (value == null || !value.isString() || value.asString().isBlank()) {
            errors.add(new FieldError("name", FieldErrorCode.REQUIRED, "the client's name"));
            return "";
        }
        String name = value.asString().strip();
        if (name.length() > MAX_NAME) {
            errors.add(new FieldError("name", FieldErrorCode.TOO_LONG, "at most " + MAX_NAME + " characters"));
        }
        return name;
    }

    private @Nullable String optionalText(String field, @Nullable JsonNode value, Pattern format, String message) {
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isString() || !format.matcher(value.asString()).matches()) {
            errors.add(new FieldError(field, FieldErrorCode.INVALID_FORMAT, message));
            return null;
        }
        return value.asString();
    }

    /** A list of ids, each checked, duplicates dropped; ad accounts written as {@code act_<id>} either way. */
    private List<String> ids(String field, @Nullable JsonNode value, Pattern format, String message) {
        if (value == null || value.isNull()) {
            return List.of();
        }
        if (!value.isArray()) {
            errors.add(new FieldError(field, FieldErrorCode.INVALID_FORMAT, "must be a list"));
            return List.of();
        }
        if (value.size() > MAX_ITEMS) {
            errors.add(new FieldError(field, FieldErrorCode.TOO_LONG, "at most " + MAX_ITEMS + " items"));
            return List.of();
        }
        Set<String> ids = new LinkedHashSet<>();
        for (int i = 0; i < value.size(); i++) {
            JsonNode item = value.get(i);
            String text =
                    item.isString() || item.isIntegralNumber() ? item.asString().strip() : "";
            var matcher = format.matcher(text);
            if (!matcher.matches()) {
                errors.add(new FieldError(field + "[" + i + "]", FieldErrorCode.INVALID_FORMAT, message));
            } else {
                ids.add(format == ACCOUNT ? "act_" + matcher.group(2) : text);
            }
        }
        return List.copyOf(ids);
    }

    private @Nullable ProjectChat chat(String field, @Nullable JsonNode value) {
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isObject()) {
            errors.add(new FieldError(field, FieldErrorCode.INVALID_FORMAT, "must be {chatId, topicId}"));
            return null;
        }
        unknownFields(field + ".", value, CHAT_FIELDS);
        JsonNode chatId = value.get("chatId");
        JsonNode topicId = value.get("topicId");
        boolean valid = true;
        if (chatId == null || !chatId.canConvertToLong() || !chatId.isIntegralNumber() || chatId.asLong() == 0) {
            errors.add(new FieldError(field + ".chatId", FieldErrorCode.REQUIRED, "the Telegram chat id"));
            valid = false;
        }
        if (topicId != null
                && !topicId.isNull()
                && (!topicId.isIntegralNumber() || !topicId.canConvertToInt() || topicId.asInt() <= 0)) {
            errors.add(new FieldError(field + ".topicId", FieldErrorCode.INVALID_FORMAT, "a forum topic id"));
            valid = false;
        }
        return valid
                ? new ProjectChat(chatId.asLong(), topicId == null || topicId.isNull() ? null : topicId.asInt())
                : null;
    }

    private String zone(@Nullable JsonNode value, ZoneId defaultZone) {
        if (value == null || value.isNull()) {
            return defaultZone.getId();
        }
        try {
            return ZoneId.of(value.asString()).getId();
        } catch (DateTimeException e) {
            errors.add(new FieldError("timeZone", FieldErrorCode.INVALID_FORMAT, "an IANA zone such as Europe/Moscow"));
            return defaultZone.getId();
        }
    }

    private String currency(@Nullable JsonNode value) {
        if (value == null || value.isNull() || !value.isString()) {
            errors.add(new FieldError(
                    "currency", FieldErrorCode.REQUIRED, "the ISO 4217 code of its budgets, such as RUB"));
            return "USD";
        }
        try {
            return Currency.getInstance(value.asString().strip().toUpperCase(java.util.Locale.ROOT))
                    .getCurrencyCode();
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError("currency", FieldErrorCode.INVALID_FORMAT, "an ISO 4217 code such as RUB"));
            return "USD";
        }
    }

    private ProjectAlerts alerts(@Nullable JsonNode value) {
        if (value == null || value.isNull()) {
            return ProjectAlerts.DEFAULTS;
        }
        if (!value.isObject()) {
            errors.add(new FieldError("alerts", FieldErrorCode.INVALID_FORMAT, "must be an object"));
            return ProjectAlerts.DEFAULTS;
        }
        unknownFields("alerts.", value, ALERT_FIELDS);
        ProjectAlerts defaults = ProjectAlerts.DEFAULTS;
        Set<AlertRule> disabled = new LinkedHashSet<>();
        JsonNode rules = value.get("disabled");
        if (rules != null && !rules.isNull()) {
            if (!rules.isArray()) {
                errors.add(new FieldError("alerts.disabled", FieldErrorCode.INVALID_FORMAT, "must be a list of rules"));
            } else {
                for (int i = 0; i < rules.size(); i++) {
                    AlertRule rule = wire(AlertRule.class, rules.get(i), "alerts.disabled[" + i + "]");
                    if (rule != null) {
                        disabled.add(rule);
                    }
                }
            }
        }
        Map<AlertRule, Set<AlertAudience>> audiences = new EnumMap<>(AlertRule.class);
        JsonNode byRule = value.get("audiences");
        if (byRule != null && !byRule.isNull()) {
            if (!byRule.isObject()) {
                errors.add(new FieldError(
                        "alerts.audiences", FieldErrorCode.INVALID_FORMAT, "must map rules to lists of audiences"));
            } else {
                byRule.properties().forEach(entry -> {
                    String field = "alerts.audiences." + entry.getKey();
                    AlertRule rule = wire(AlertRule.class, StringNode.valueOf(entry.getKey()), field);
                    Set<AlertAudience> audience = new LinkedHashSet<>();
                    if (!entry.getValue().isArray() || entry.getValue().isEmpty()) {
                        errors.add(
                                new FieldError(field, FieldErrorCode.INVALID_FORMAT, "a non-empty list of audiences"));
                    } else {
                        for (int i = 0; i < entry.getValue().size(); i++) {
                            AlertAudience one =
                                    wire(AlertAudience.class, entry.getValue().get(i), field + "[" + i + "]");
                            if (one != null) {
                                audience.add(one);
                            }
                        }
                    }
                    if (rule != null && !audience.isEmpty()) {
                        audiences.put(rule, audience);
                    }
                });
            }
        }
        LocalTime quietFrom = time("alerts.quietFrom", value.get("quietFrom"));
        LocalTime quietTo = time("alerts.quietTo", value.get("quietTo"));
        if ((quietFrom == null) != (quietTo == null)) {
            errors.add(new FieldError(
                    quietFrom == null ? "alerts.quietFrom" : "alerts.quietTo",
                    FieldErrorCode.REQUIRED,
                    "quiet hours need both quietFrom and quietTo"));
        }
        return new ProjectAlerts(
                disabled,
                audiences,
                quietFrom,
                quietTo,
                flag("alerts.quietWeekends", value.get("quietWeekends"), defaults.quietWeekends()),
                whole("alerts.cooldownHours", value.get("cooldownHours"), 1, 168, defaults.cooldownHours()),
                whole(
                        "alerts.escalateAfterMinutes",
                        value.get("escalateAfterMinutes"),
                        5,
                        1440,
                        defaults.escalateAfterMinutes()),
                flag("alerts.autoPause", value.get("autoPause"), defaults.autoPause()));
    }

    private <E extends Enum<E>> @Nullable E wire(Class<E> type, JsonNode value, String field) {
        if (value.isString()) {
            for (E constant : type.getEnumConstants()) {
                if (constant.name().equalsIgnoreCase(value.asString())) {
                    return constant;
                }
            }
        }
        errors.add(new FieldError(
                field,
                FieldErrorCode.NOT_ALLOWED,
                "one of "
                        + java.util.Arrays.stream(type.getEnumConstants())
                                .map(constant -> constant.name().toLowerCase(java.util.Locale.ROOT))
                                .toList()));
        return null;
    }

    private @Nullable LocalTime time(String field, @Nullable JsonNode value) {
        if (value == null || value.isNull()) {
            return null;
        }
        try {
            return LocalTime.parse(value.asString());
        } catch (DateTimeException e) {
            errors.add(new FieldError(field, FieldErrorCode.INVALID_FORMAT, "a time of day, HH:mm"));
            return null;
        }
    }

    private boolean flag(String field, @Nullable JsonNode value, boolean otherwise) {
        if (value == null || value.isNull()) {
            return otherwise;
        }
        if (!value.isBoolean()) {
            errors.add(new FieldError(field, FieldErrorCode.INVALID_FORMAT, "true or false"));
            return otherwise;
        }
        return value.asBoolean();
    }

    private int whole(String field, @Nullable JsonNode value, int min, int max, int otherwise) {
        if (value == null || value.isNull()) {
            return otherwise;
        }
        if (!value.isIntegralNumber() || value.asLong() < min || value.asLong() > max) {
            errors.add(new FieldError(field, FieldErrorCode.OUT_OF_RANGE, "a whole number, " + min + " to " + max));
            return otherwise;
        }
        return value.asInt();
    }

    private ProjectKpi kpi(@Nullable JsonNode value) {
        if (value == null || value.isNull()) {
            return ProjectKpi.NONE;
        }
        if (!value.isObject()) {
            errors.add(new FieldError("kpi", FieldErrorCode.INVALID_FORMAT, "must be an object"));
            return ProjectKpi.NONE;
        }
        unknownFields("kpi.", value, KPI_FIELDS);
        JsonNode tolerance = value.get("tolerancePercent");
        int tolerancePercent = ProjectKpi.NONE.tolerancePercent();
        if (tolerance != null && !tolerance.isNull()) {
            if (!tolerance.isIntegralNumber() || tolerance.asLong() < 0 || tolerance.asLong() > MAX_TOLERANCE) {
                errors.add(new FieldError(
                        "kpi.tolerancePercent",
                        FieldErrorCode.OUT_OF_RANGE,
                        "a whole percentage, 0 to " + MAX_TOLERANCE));
            } else {
                tolerancePercent = tolerance.asInt();
            }
        }
        return new ProjectKpi(
                money("kpi.targetCostPerLead", value.get("targetCostPerLead")),
                money("kpi.dailyBudget", value.get("dailyBudget")),
                money("kpi.monthlyBudget", value.get("monthlyBudget")),
                tolerancePercent);
    }

    private @Nullable BigDecimal money(String field, @Nullable JsonNode value) {
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isNumber()) {
            errors.add(new FieldError(field, FieldErrorCode.INVALID_FORMAT, "must be a number"));
            return null;
        }
        BigDecimal amount = value.decimalValue();
        if (amount.signum() <= 0 || amount.compareTo(MAX_MONEY) >= 0 || amount.scale() > 2) {
            errors.add(new FieldError(field, FieldErrorCode.OUT_OF_RANGE, "a positive amount with at most 2 decimals"));
            return null;
        }
        return amount.stripTrailingZeros().scale() < 0 ? amount.setScale(0) : amount.stripTrailingZeros();
    }
}
