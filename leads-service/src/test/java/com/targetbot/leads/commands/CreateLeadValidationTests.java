package com.targetbot.leads.commands;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.targetbot.events.leads.CreateLead;
import com.targetbot.kit.kafka.RejectedEventException;
import com.targetbot.testkit.Leads;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CreateLeadValidationTests {

    @Test
    void commandFromTheGatewayIsAccepted() {
        assertThatCode(() ->
                        CreateLeadValidation.check(command(UUID.randomUUID().toString(), "Анна", "api-key:tb_1")))
                .doesNotThrowAnyException();
    }

    @Test
    void blankNameIsRejected() {
        assertThatThrownBy(() ->
                        CreateLeadValidation.check(command(UUID.randomUUID().toString(), " \t", "admin:a")))
                .isInstanceOf(RejectedEventException.class)
                .hasMessage("name is blank");
    }

    @Test
    void leadIdThatCannotBeAKeyOrPathSegmentIsRejected() {
        for (String id : new String[] {"", "a:b", "a/b", "a b", "x".repeat(65)}) {
            assertThatThrownBy(() -> CreateLeadValidation.check(command(id, "Anna", "admin:a")))
                    .as(id)
                    .isInstanceOf(RejectedEventException.class)
                    .hasMessage("lead id must be 1-64 letters, digits or dashes");
        }
    }

    @Test
    void blankRequesterIsRejected() {
        assertThatThrownBy(() ->
                        CreateLeadValidation.check(command(UUID.randomUUID().toString(), "Anna", "")))
                .isInstanceOf(RejectedEventException.class)
                .hasMessage("requestedBy is blank");
    }

    private static CreateLead command(String id, String name, String requestedBy) {
        return Leads.createLead().leadId(id).name(name).by(requestedBy).build();
    }
}
