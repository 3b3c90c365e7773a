package com.targetbot.telegram.i18n;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Dates and times in chats: the agency works on Moscow time, in both languages. */
public final class MoscowTime {

    private static final DateTimeFormatter DATE_TIME =
            DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm").withZone(ZoneId.of("Europe/Moscow"));
    private static final DateTimeFormatter SHORT_DATE_TIME =
            DateTimeFormatter.ofPattern("dd.MM HH:mm").withZone(ZoneId.of("Europe/Moscow"));

    private MoscowTime() {}

    /** E.g. {@code 25.11.2026 14:30}. */
    public static String dateTime(Instant instant) {
        return DATE_TIME.format(instant);
    }

    /** E.g. {@code 25.11 14:30}, for recent times in lists. */
    public static String shortDateTime(Instant instant) {
        return SHORT_DATE_TIME.format(instant);
    }
}
