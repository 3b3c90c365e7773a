package com.targetbot.gateway.leads;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.targetbot.kit.web.FieldError;
import com.targetbot.kit.web.InvalidRequestException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

class LeadValidatorTests {

    private static final JsonMapper JSON = new JsonMapper();

    private final PhoneNumbers phones = new PhoneNumbers("RU");
    private final LeadValidator validator = new LeadValidator(phones);

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "8 (912) 345-67-89 | +79123456789",
                "+7 912 345 67 89  | +79123456789",
                "9123456789        | +79123456789",
                "+44 20 7946 0958  | +442079460958",
                "+1 (415) 555-2671 | +14155552671"
            })
    void phoneIsNormalisedToE164(String typed, String e164) {
        assertThat(phones.toE164(typed)).contains(e164);
    }

    @ParameterizedTest
    @ValueSource(strings = {"12", "not a phone", "+7 912", "+999 123456789"})
    void impossiblePhoneIsNotANumber(String typed) {
        assertThat(phones.toE164(typed)).isEmpty();
    }

    @Test
    void validLeadIsTrimmedAndNormalisedAndIgnoresUnknownFields() {
        NewLead lead = validator.validate(
                body("{\"name\":\"  Анна  \",\"phone\":\"8 912 345 67 89\",\"email\":\" anna@example.ru \","
                        + "\"comment\":\"call me\",\"id\":\"x\",\"status\":\"won\",\"utm\":\"y\"}"));

        assertThat(lead).isEqualTo(new NewLead("Анна", "+79123456789", "anna@example.ru", "call me"));
    }

    @Test
    void emailAloneIsEnough() {
        NewLead lead = validator.validate(body("{\"name\":\"Anna\",\"email\":\"anna@example.com\"}"));

        assertThat(lead.phone()).isNull();
        assertThat(lead.email()).isEqualTo("anna@example.com");
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
