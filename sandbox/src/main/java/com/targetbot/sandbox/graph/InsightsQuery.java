package com.targetbot.sandbox.graph;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The parameters of an insights read as Graph takes them: {@code time_range={"since","until"}} (or
 * {@code date_preset} absent: the last 30 days), {@code time_increment=1} for daily rows, {@code level},
 * {@code fields}, {@code action_attribution_windows=["7d_click","1d_view"]}.
 */
record InsightsQuery(
        String objectId,
        @Nullable String level,
        LocalDate since,
        LocalDate until,
        boolean daily,
        @Nullable String fields,
        List<String> attributionWindows) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    static InsightsQuery parse(
            String objectId,
            @Nullable String level,
            @Nullable String timeRange,
            @Nullable String timeIncrement,
            @Nullable String fields,
            @Nullable String windows,
            LocalDate today) {
        LocalDate since = today.minusDays(30);
        LocalDate until = today.minusDays(1);
        if (timeRange != null && !timeRange.isBlank()) {
            try {
                JsonNode range = JSON.readTree(timeRange);
                since = LocalDate.parse(range.get("since").asString());
                until = LocalDate.parse(range.get("until").asString());
            } catch (RuntimeException e) { // unreadable JSON (JacksonException), a missing key or a bad date
                throw GraphException.method(
                        100, null, "(#100) time_range must be {\"since\":\"YYYY-MM-DD\",\"until\":\"YYYY-MM-DD\"}");
            }
        }
        boolean daily = false;
        if (timeIncrement != null && !timeIncrement.isBlank()) {
            if (!timeIncrement.equals("1") && !timeIncrement.equals("all_days")) {
                throw GraphException.method(100, null, "(#100) The sandbox supports time_increment 1 or all_days");
            }
            daily = timeIncrement.equals("1");
        }
        return new InsightsQuery(objectId, level, since, until, daily, fields, windows(windows));
    }

    private static List<String> windows(@Nullable String windows) {
        if (windows == null || windows.isBlank()) {
            return List.of();
        }
        String list = windows.trim();
        if (list.startsWith("[")) {
            list = list.substring(1, list.length() - 1);
        }
        return Arrays.stream(list.split(","))
                .map(w -> w.replace("\"", "").trim())
                .filter(w -> !w.isEmpty())
                .toList();
    }
}
