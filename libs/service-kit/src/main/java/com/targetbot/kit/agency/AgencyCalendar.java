package com.targetbot.kit.agency;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Days and times as the agency reads them: in its one configured zone, whatever the server's zone is. A lead
 * created at 23:30 UTC belongs to the next day in Moscow, and is counted, reported and shown there.
 */
public final class AgencyCalendar {

    private final ZoneId zone;
    private final Clock clock;

    /**
     * @param zone the agency's zone
     * @param clock the service's clock, for {@link #today()}
     */
    public AgencyCalendar(ZoneId zone, Clock clock) {
        this.zone = zone;
        this.clock = clock;
    }

    /** The agency's zone. */
    public ZoneId zone() {
        return zone;
    }

    /** The agency's current day. */
    public LocalDate today() {
        return dayOf(clock.instant());
    }

    /** The agency's day an instant falls on. */
    public LocalDate dayOf(Instant instant) {
        return LocalDate.ofInstant(instant, zone);
    }

    /** The instant the agency's {@code day} begins (not always midnight, on a daylight-saving change). */
    public Instant startOf(LocalDate day) {
        return day.atStartOfDay(zone).toInstant();
    }
}
