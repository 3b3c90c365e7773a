package com.targetbot.reports.csv;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SpreadsheetCellsTests {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "=HYPERLINK(\"http://evil.example\",\"click\")",
                "+cmd|' /C calc'!A0",
                "-2+3",
                "@SUM(A1:A2)",
                "\t=1+1",
                "\r=1+1",
                "=",
                "+79001234567"
            })
    void cellsThatASpreadsheetWouldRunAsAFormulaGetALeadingApostrophe(String value) {
        assertThat(SpreadsheetCells.safe(value)).isEqualTo("'" + value);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Анна", "a=b", "1+1", "name@example.com", " =not first", "'quoted", "\n=1"})
    void otherCellsStayAsTheyAre(String value) {
        assertThat(SpreadsheetCells.safe(value)).isEqualTo(value);
    }

    @ParameterizedTest
    @ValueSource(strings = {""})
    void missingAndEmptyValuesBecomeEmptyCells(String value) {
        assertThat(SpreadsheetCells.safe(value)).isEmpty();
        assertThat(SpreadsheetCells.safe(null)).isEmpty();
    }
}
