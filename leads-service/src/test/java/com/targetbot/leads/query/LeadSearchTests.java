package com.targetbot.leads.query;

import static org.assertj.core.api.Assertions.assertThat;

import com.targetbot.events.leads.PhoneNumbers;
import org.junit.jupiter.api.Test;

class LeadSearchTests {

    private final LeadSearch search = new LeadSearch(new PhoneNumbers("RU"));

    @Test
    void shortDigitsWithOrWithoutTheSignAreALeadNumber() {
        assertThat(search.parse("1042")).isEqualTo(new LeadSearch.Number(1042));
        assertThat(search.parse(" №1042 ")).isEqualTo(new LeadSearch.Number(1042));
        assertThat(search.parse("# 7")).isEqualTo(new LeadSearch.Number(7));
    }

    @Test
    void aPhoneAsPeopleTypeItIsReadByThePhoneRule() {
        assertThat(search.parse("8 999 123-45-67")).isEqualTo(new LeadSearch.Phone("+79991234567"));
        assertThat(search.parse("+7 (999) 123-45-67")).isEqualTo(new LeadSearch.Phone("+79991234567"));
        // A "+" sent unencoded in a query string arrives as a space.
        assertThat(search.parse(" 79991234567")).isEqualTo(new LeadSearch.Phone("+79991234567"));
    }

    @Test
    void anAddressIsAnEmailComparedLowerCased() {
        assertThat(search.parse("Anna@Example.COM")).isEqualTo(new LeadSearch.Email("anna@example.com"));
    }

    @Test
    void anythingElseIsWordsOfAName() {
        assertThat(search.parse("Анна Пет")).isEqualTo(new LeadSearch.Name("Анна Пет"));
        assertThat(search.parse("Agent 007")).isEqualTo(new LeadSearch.Name("Agent 007"));
    }
}
