package com.targetbot.telegram.i18n;

import com.targetbot.kit.agency.AgencyCalendar;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import org.springframework.stereotype.Component;

/**
 * Dates and times in chats, in the agency's zone ({@code targetbot.agency.zone}) whatever the server's is, and
 * in the same digits in both languages.
 */
@Component
public class AgencyTime {

    private final AgencyCalendar calendar;
    private final DateTimeFormatter dateTime;
    private final DateTimeFormatter dayAndTime;

    AgencyTime(AgencyCalendar calendar) {
        this.calendar = calendar;
        this.dateTime = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm").withZone(calendar.zone());
        this.dayAndTime = DateTimeFormatter.ofPattern("dd.MM HH:mm").withZone(calendar.zone());
    }

    /** E.g. {@code 25.11.2026 14:30}. */
    public String dateTime(Instant instant) {
        return dateTime.format(instant);
    }

    /**
     * A deadline, naming the zone it is read in: {@code 25.11.2026 14:30 (Moscow Time)}, {@code 25.11.2026 14:30
     * (Москва)}.
     */
    public String deadline(BotLanguage language, Instant instant) {
        return dateTime(instant) + " (" + calendar.zone().getDisplayName(TextStyle.FULL, language.locale()) + ")";
    }

    /** A recent moment, where the year goes without saying: {@code 25.11 14:30}. */
    public String dayAndTime(Instant instant) {
        return dayAndTime.format(instant);
    }
}
