package com.targetbot.reports.csv;

import org.jspecify.annotations.Nullable;

/**
 * Cell values that are safe to open in a spreadsheet. A cell starting with {@code = + - @}, a tab or a
 * carriage return is run as a formula by Excel and LibreOffice (CSV injection: {@code =HYPERLINK(...)},
 * DDE commands); a leading apostrophe makes it plain text, as OWASP recommends.
 */
final class SpreadsheetCells {

    private static final String FORMULA_STARTS = "=+-@\t\r";

    private SpreadsheetCells() {}

    static String safe(@Nullable String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        return FORMULA_STARTS.indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }
}
