package com.targetbot.leads.store;

import java.util.ArrayList;
import java.util.List;

/** The arguments of change-lead.lua, collected by what a change does to counters, indexes and fields. */
final class LeadChange {

    private final String id;
    private final String guard;
    private String number = "";
    private boolean erase;
    private final List<String> counterKeys = new ArrayList<>();
    private final List<String> deltas = new ArrayList<>();
    private final List<String> leaveKeys = new ArrayList<>();
    private final List<String> leaveMembers = new ArrayList<>();
    private final List<String> joinKeys = new ArrayList<>();
    private final List<String> joinArgs = new ArrayList<>();
    private final List<String> fields = new ArrayList<>();
    private final List<String> contactKeys = new ArrayList<>();
    private long windowLowest;
    private long windowHighest;

    private LeadChange(String id, String guard) {
        this.id = id;
        this.guard = guard;
    }

    /** A change that applies only while the lead does not exist. */
    static LeadChange insert(String id) {
        return new LeadChange(id, "");
    }

    /** A change that applies only while the lead exists with this status (wire name). */
    static LeadChange whileStatus(String id, String status) {
        return new LeadChange(id, status);
    }

    /** Gives the inserted lead the next short number, inside the same atomic step. */
    LeadChange numberedNext() {
        number = "next";
        return this;
    }

    /** Gives the inserted lead this short number (a replayed one) and keeps the counter at least at it. */
    LeadChange numbered(long given) {
        number = Long.toString(given);
        return this;
    }

    LeadChange count(String key, long delta) {
        counterKeys.add(key);
        deltas.add(Long.toString(delta));
        return this;
    }

    LeadChange leave(String key, String member) {
        leaveKeys.add(key);
        leaveMembers.add(member);
        return this;
    }

    LeadChange join(String key, long score, String member) {
        joinKeys.add(key);
        joinArgs.add(Long.toString(score));
        joinArgs.add(member);
        return this;
    }

    LeadChange set(String field, String value) {
        fields.add(field);
        fields.add(value);
        return this;
    }

    /**
     * Marks the lead as a duplicate of the earliest lead scored within {@code [lowest, highest]} on any of
     * these contact indexes, if there is one: decided inside the same atomic step as the change.
     */
    LeadChange markDuplicateOfEarliest(List<String> contactIndexes, long lowest, long highest) {
        contactKeys.addAll(contactIndexes);
        windowLowest = lowest;
        windowHighest = highest;
        return this;
    }

    LeadChange erase() {
        erase = true;
        return this;
    }

    List<String> keys() {
        var keys = new ArrayList<String>();
        keys.add(LeadKeys.lead(id));
        keys.add(LeadKeys.LAST_NUMBER);
        keys.add(LeadKeys.BY_NUMBER);
        keys.addAll(counterKeys);
        keys.addAll(leaveKeys);
        keys.addAll(joinKeys);
        keys.addAll(contactKeys);
        return keys;
    }

    Object[] args() {
        var args = new ArrayList<String>();
        args.add(guard);
        args.add(erase ? "1" : "0");
        args.add(Integer.toString(counterKeys.size()));
        args.add(Integer.toString(leaveKeys.size()));
        args.add(Integer.toString(joinKeys.size()));
        args.add(Integer.toString(contactKeys.size()));
        args.add(Long.toString(windowLowest));
        args.add(Long.toString(windowHighest));
        args.add(LeadKeys.lead(""));
        args.add(number);
        args.add(id);
        args.addAll(deltas);
        args.addAll(leaveMembers);
        args.addAll(joinArgs);
        args.addAll(fields);
        return args.toArray();
    }
}
