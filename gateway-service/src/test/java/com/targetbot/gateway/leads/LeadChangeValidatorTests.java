package com.targetbot.gateway.leads;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.targetbot.events.leads.LeadStatus;
import com.targetbot.events.leads.PhoneNumbers;
import com.targetbot.kit.web.FieldError;
import com.targetbot.kit.web.InvalidRequestException;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class LeadChangeValidatorTests {

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void onlyTheFieldsThatAreSetChange() {
        var change = LeadChangeValidator.validate(body("{\"status\":\"won\",\"comment\":\"  подписали  \"}"));

        assertThat(change).isEqualTo(new LeadChangeValidator.LeadChange(LeadStatus.WON, null, "подписали"));
    }

    @Test
    void fieldsAClientMayNotChangeAreNamedNotIgnored() {
        assertThat(errors(
                        "{\"id\":\"x\",\"createdAt\":\"2020-01-01T00:00:00Z\",\"source\":\"api\",\"status\":\"won\"}"))
                .extracting(FieldError::field)
                .containsExactlyInAnyOrder("id", "createdAt", "source");
    }

    @Test
    void statusOutsideTheFunnelOrAWrongTypeIsNamed() {
        assertThat(errors("{\"status\":\"WON\",\"assignee\":42}"))
                .extracting(FieldError::field)
                .containsExactlyInAnyOrder("status", "assignee");
    }

    @Test
    void changeThatSetsNothingIsRefused() {
        assertThat(errors("{\"status\":null}")).extracting(FieldError::field).containsExactly("body");
    }

    @Test
    void overlongAssigneeIsRefused() {
        assertThat(errors("{\"assignee\":\"" + "a".repeat(LeadChangeValidator.MAX_ASSIGNEE_LENGTH + 1) + "\"}"))
                .extracting(FieldError::field)
                .containsExactly("assignee");
    }

    @Test
    void newLeadCarriesItsAttributionAndRefusesAnOverlongTag() {
        var validator = new LeadValidator(new PhoneNumbers("RU"));

        NewLead lead = validator.validate(body(
                "{\"name\":\"Anna\",\"email\":\"anna@example.com\",\"utmSource\":\"facebook\",\"metaAdId\":\"1202\"}"));

        assertThat(lead.attribution().utm().source()).isEqualTo("facebook");
        assertThat(lead.attribution().meta().adId()).isEqualTo("1202");
        assertThat(lead.attribution().utm().campaign()).isNull();
        assertThatThrownBy(() -> validator.validate(body("{\"name\":\"Anna\",\"email\":\"anna@example.com\","
                        + "\"utmTerm\":\"" + "t".repeat(LeadValidator.MAX_TAG_LENGTH + 1) + "\"}")))
                .isInstanceOf(InvalidRequestException.class);
    }

    @SuppressWarnings("unchecked")
    private List<FieldError> errors(String body) {
        try {
            LeadChangeValidator.validate(body(body));
        } catch (InvalidRequestException e) {
            return (List<FieldError>) e.getBody().getProperties().get("errors");
        }
        throw new AssertionError("no errors for " + body);
    }

    private JsonNode body(String text) {
        return json.readTree(text);
    }
}
