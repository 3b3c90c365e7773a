package com.targetbot.gateway.leads;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.targetbot.events.leads.Attribution;
import com.targetbot.events.leads.Contact;
import com.targetbot.events.leads.PhoneNumbers;
import com.targetbot.kit.web.FieldError;
import com.targetbot.kit.web.InvalidRequestException;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

class LeadValidatorTests {

    private static final JsonMapper JSON = new JsonMapper();

    private final LeadValidator validator = new LeadValidator(new PhoneNumbers("RU"));

    @Test
    void aPhoneTheLeadsRulesRejectIsNamedWithTheReason() {
        assertThat(errorsOf("{\"name\":\"Anna\",\"phone\":\"8-800-FLOWERS\"}"))
                .singleElement()
                .satisfies(error -> {
                    assertThat(error.field()).isEqualTo("phone");
                    assertThat(error.message())
                            .isEqualTo("is not a valid phone number: " + PhoneNumbers.Reason.NOT_A_NUMBER.text());
                });
    }

    @Test
    void validLeadIsTrimmedAndNormalisedAndIgnoresUnknownFields() {
        NewLead lead = validator.validate(
                body("{\"name\":\"  Анна  \",\"phone\":\"8 912 345 67 89\",\"email\":\" anna@example.ru \","
                        + "\"comment\":\"call me\",\"id\":\"x\",\"status\":\"won\",\"utm\":\"y\"}"));

        assertThat(lead)
                .isEqualTo(new NewLead(
                        new Contact("Анна", "+79123456789", "anna@example.ru"), "call me", Attribution.NONE));
    }

    @Test
    void emailAloneIsEnough() {
        NewLead lead = validator.validate(body("{\"name\":\"Anna\",\"email\":\"anna@example.com\"}"));

        assertThat(lead.contact().phone()).isNull();
        assertThat(lead.contact().email()).isEqualTo("anna@example.com");
    }

    @Test
    void everyWrongFieldIsNamedAtOnce() {
        String longComment = "x".repeat(LeadValidator.MAX_COMMENT_LENGTH + 1);

        assertThat(errorsOf("{\"phone\":\"12\",\"email\":\"not-an-email\",\"comment\":\"" + longComment + "\"}"))
                .extracting(FieldError::field)
                .containsExactlyInAnyOrder("name", "phone", "email", "comment");
    }

    @Test
    void leadNeedsAPhoneOrAnEmail() {
        assertThat(errorsOf("{\"name\":\"Anna\",\"phone\":\"  \"}"))
                .extracting(FieldError::field)
                .containsExactlyInAnyOrder("phone", "email");
    }

    @Test
    void nameIsAtMostTwoHundredCharacters() {
        String name = "n".repeat(LeadValidator.MAX_NAME_LENGTH + 1);

        assertThat(errorsOf("{\"name\":\"" + name + "\",\"email\":\"a@b.co\"}"))
                .extracting(FieldError::field)
                .containsExactly("name");
    }

    @Test
    void fieldsOfTheWrongTypeAreNamed() {
        assertThat(errorsOf("{\"name\":42,\"phone\":79123456789}"))
                .extracting(FieldError::field)
                .containsExactlyInAnyOrder("name", "phone");
    }

    @SuppressWarnings("unchecked")
    private List<FieldError> errorsOf(String json) {
        var thrown = assertThatThrownBy(() -> validator.validate(body(json)))
                .isInstanceOf(InvalidRequestException.class)
                .actual();
        return (List<FieldError>)
                ((InvalidRequestException) thrown).getBody().getProperties().get("errors");
    }

    private static ObjectNode body(String json) {
        return (ObjectNode) JSON.readTree(json);
    }
}
