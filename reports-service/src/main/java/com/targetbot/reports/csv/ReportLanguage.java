package com.targetbot.reports.csv;

import java.util.List;
import java.util.Map;

/** The language of what a person reads in a report: column titles, sources and statuses. */
public enum ReportLanguage {
    RU(
            List.of("ID", "Создан", "Имя", "Телефон", "Email", "Источник", "Статус", "Комментарий"),
            Map.of("telegram", "Telegram", "api", "API", "meta_leadgen", "Meta Lead Ads", "manual", "Вручную"),
            Map.of(
                    "new", "Новый",
                    "in_progress", "В работе",
                    "won", "Сделка",
                    "lost", "Отказ",
                    "spam", "Спам")),
    EN(
            List.of("ID", "Created", "Name", "Phone", "Email", "Source", "Status", "Comment"),
            Map.of("telegram", "Telegram", "api", "API", "meta_leadgen", "Meta Lead Ads", "manual", "Manual"),
            Map.of(
                    "new", "New",
                    "in_progress", "In progress",
                    "won", "Won",
                    "lost", "Lost",
                    "spam", "Spam"));

    private final List<String> columns;
    private final Map<String, String> sources;
    private final Map<String, String> statuses;

    ReportLanguage(List<String> columns, Map<String, String> sources, Map<String, String> statuses) {
        this.columns = columns;
        this.sources = sources;
        this.statuses = statuses;
    }

    /** Titles of id, created, name, phone, email, source, status, comment. */
    List<String> columns() {
        return columns;
    }

    /** The name of a lead source code; a code this version does not know is shown as it is. */
    String source(String code) {
        return sources.getOrDefault(code, code);
    }

    /** The name of a lead status code; a code this version does not know is shown as it is. */
    String status(String code) {
        return statuses.getOrDefault(code, code);
    }
}
