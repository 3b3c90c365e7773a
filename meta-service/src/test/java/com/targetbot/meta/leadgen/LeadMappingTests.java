package com.targetbot.meta.leadgen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.targetbot.events.leads.CreateLead;
import com.targetbot.events.leads.PhoneNumbers;
import com.targetbot.kit.kafka.RejectedEventException;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class LeadMappingTests {

    private final LeadMapping mapping = new LeadMapping(new PhoneNumbers("RU"));

    @Test
    void firstAndLastNameMakeTheNameAndAPhoneThatIsNoPhoneStaysInTheComment() {
        CreateLead command = mapping.toCommand(
                lead(
                        "2026-12-03T10:15:00+0000",
                        answer("first_name", "Иван"),
                        answer("last_name", "Петров"),
                        answer("phone_number", "позвоните вечером"),
                        answer("city", "Москва")),
                "2000001");

        assertThat(command.contact().name()).isEqualTo("Иван Петров");
        assertThat(command.contact().phone()).isNull();
        assertThat(command.comment()).isEqualTo("phone_number: позвоните вечером\ncity: Москва");
        assertThat(command.requestedAt()).isEqualTo(Instant.parse("2026-12-03T10:15:00Z"));
        assertThat(command.leadId()).isEqualTo(LeadIds.of("4000000000001", Instant.parse("2026-12-03T10:15:00Z")));
    }

    @Test
    void leadWithoutANameIsNamedByItsEmail() {
        CreateLead command = mapping.toCommand(lead("2026-12-03T10:15:00+0000", answer("email", "a@example.ru")), "1");

        assertThat(command.contact().name()).isEqualTo("a@example.ru");
        assertThat(command.comment()).isNull();
    }

    @Test
    void unreadableCreatedTimeIsRejected() {
        assertThatThrownBy(() -> mapping.toCommand(lead("yesterday"), "1"))
                .isInstanceOf(RejectedEventException.class)
                .hasMessageContaining("created_time");
    }

    private static GraphLead lead(String createdTime, GraphLead.Answer... answers) {
        return new GraphLead(
                "4000000000001",
                createdTime,
                List.of(answers),
                "ad",
                "Ad",
                "set",
                "Set",
                "camp",
                "Camp",
                "form",
                "fb",
                false);
    }

    private static GraphLead.Answer answer(String name, String value) {
        return new GraphLead.Answer(name, List.of(value));
    }
}
