package com.targetbot.leads.store;

import java.util.Comparator;
import java.util.List;
import java.util.function.ToLongFunction;

/**
 * Which sorted set a filtered page walks. Rather than ZINTERSTORE-ing the indexes (work and a temporary key
 * proportional to every index's size, on every page), a page walks the smallest index newest first from the
 * cursor and checks the other criteria on the leads it reads anyway. The cost of a page is then bounded by
 * the smallest index, and an exact index such as a phone's holds a handful of leads.
 */
final class FilterPlan {

    private FilterPlan() {}

    /**
     * @param indexKeys the indexes every matching lead is in; empty for an unfiltered list
     * @param cardinality the size of an index (ZCARD)
     */
    static String drivingIndex(List<String> indexKeys, ToLongFunction<String> cardinality) {
        return indexKeys.stream().min(Comparator.comparingLong(cardinality)).orElse(LeadKeys.BY_CREATED);
    }
}
