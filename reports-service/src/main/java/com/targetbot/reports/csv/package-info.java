/**
 * The CSV form of a leads report: UTF-8 with a byte order mark so Excel reads Cyrillic, a header row in
 * the configured language, and every cell that a spreadsheet would run as a formula neutralised.
 */
@NullMarked
package com.targetbot.reports.csv;

import org.jspecify.annotations.NullMarked;
