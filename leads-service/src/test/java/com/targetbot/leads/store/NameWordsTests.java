package com.targetbot.leads.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NameWordsTests {

    @Test
    void aNameSplitsIntoDistinctLowerCasedWordsWithYoReadAsYe() {
        assertThat(NameWords.of("Пётр-Иван  СИДОРОВ (Пётр)")).containsExactly("петр", "иван", "сидоров");
    }

    @Test
    void aNameOfSignsOnlyHasNoWords() {
        assertThat(NameWords.of(" -- !! ")).isEmpty();
    }

    @Test
    void everyWordOfANameIsAnIndexMemberPointingAtTheLead() {
        assertThat(LeadKeys.nameMembers("Анна Петрова", "id-1"))
                .containsExactly("анна\0анна петрова\0id-1", "петрова\0анна петрова\0id-1");
        assertThat(LeadKeys.memberId("петрова\0анна петрова\0id-1")).isEqualTo("id-1");
        assertThat(LeadKeys.memberWord("петрова\0анна петрова\0id-1")).isEqualTo("петрова");
    }
}
