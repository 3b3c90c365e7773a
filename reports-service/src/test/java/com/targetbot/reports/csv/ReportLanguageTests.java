package com.targetbot.reports.csv;

import static org.assertj.core.api.Assertions.assertThat;

import com.targetbot.events.leads.LeadSource;
import com.targetbot.events.leads.LeadStatus;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import tools.jackson.databind.json.JsonMapper;

class ReportLanguageTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @ParameterizedTest
    @EnumSource(ReportLanguage.class)
    void everyLeadSourceOfTheContractHasAName(ReportLanguage language) {
        for (String code : codes(LeadSource.values())) {
            assertThat(language.source(code)).as(code).isNotEqualTo(code).isNotBlank();
        }
    }

    @ParameterizedTest
    @EnumSource(ReportLanguage.class)
    void everyLeadStatusOfTheContractHasAName(ReportLanguage language) {
        for (String code : codes(LeadStatus.values())) {
            assertThat(language.status(code)).as(code).isNotEqualTo(code).isNotBlank();
        }
    }

    @Test
    void bothLanguagesTitleTheSameColumns() {
        assertThat(ReportLanguage.RU.columns()).hasSameSizeAs(ReportLanguage.EN.columns());
        assertThat(ReportLanguage.EN.columns())
                .containsExactly("ID", "Created", "Name", "Phone", "Email", "Source", "Status", "Comment");
    }

    /** The wire codes, as leads-service writes them. */
    private static List<String> codes(Enum<?>[] values) {
        return Arrays.stream(values)
                .map(value -> JSON.writeValueAsString(value).replace("\"", ""))
                .toList();
    }
}
