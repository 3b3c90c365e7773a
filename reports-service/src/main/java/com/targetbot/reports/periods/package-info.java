/**
 * Report periods: the names a {@code GenerateReport} may carry ({@code today}, {@code yesterday}, {@code 7d},
 * {@code 30d}) resolved to the instants they cover, by the calendar of the agency's time zone.
 */
@NullMarked
package com.targetbot.reports.periods;

import org.jspecify.annotations.NullMarked;
