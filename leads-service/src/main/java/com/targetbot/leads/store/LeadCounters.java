package com.targetbot.leads.store;

import com.targetbot.events.leads.LeadSource;
import com.targetbot.events.leads.LeadStatus;
import com.targetbot.kit.agency.AgencyCalendar;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Objects;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Repository;

/** The dashboard's counters, which the writes keep up to date in the same step as the lead. */
@Repository
public class LeadCounters {

    private static final int STATS_DAYS = 30;

    private final StringRedisTemplate redis;
    private final AgencyCalendar calendar;

    LeadCounters(StringRedisTemplate redis, AgencyCalendar calendar) {
        this.redis = redis;
        this.calendar = calendar;
    }

    /** Every counter behind the dashboard in one MGET: a fixed number of keys, whatever the number of leads. */
    public LeadStats stats() {
        LocalDate today = calendar.today();
        var keys = new ArrayList<String>();
        keys.add(LeadKeys.TOTAL);
        for (int back = STATS_DAYS - 1; back >= 0; back--) {
            keys.add(LeadKeys.day(today.minusDays(back)));
        }
        for (LeadStatus status : LeadStatus.values()) {
            keys.add(LeadKeys.statusCount(status));
        }
        for (LeadSource source : LeadSource.values()) {
            keys.add(LeadKeys.sourceCount(source));
        }
        List<String> values = Objects.requireNonNullElse(redis.opsForValue().multiGet(keys), List.of());
        int at = 0;
        long total = count(values, at++);
        var byDay = new ArrayList<LeadStats.DayCount>();
        for (int back = STATS_DAYS - 1; back >= 0; back--) {
            byDay.add(new LeadStats.DayCount(today.minusDays(back), count(values, at++)));
        }
        var byStatus = new LinkedHashMap<String, Long>();
        for (LeadStatus status : LeadStatus.values()) {
            byStatus.put(LeadHash.wire(status), count(values, at++));
        }
        var bySource = new LinkedHashMap<String, Long>();
        for (LeadSource source : LeadSource.values()) {
            bySource.put(LeadHash.wire(source), count(values, at++));
        }
        return new LeadStats(
                total, byDay.getLast().count(), byDay.get(byDay.size() - 2).count(), byStatus, bySource, byDay);
    }

    private static long count(List<String> values, int index) {
        String value = index < values.size() ? values.get(index) : null;
        return value == null ? 0 : Long.parseLong(value);
    }
}
