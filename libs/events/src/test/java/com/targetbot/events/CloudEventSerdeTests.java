package com.targetbot.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.targetbot.events.leads.Attribution;
import com.targetbot.events.leads.Contact;
import com.targetbot.events.leads.CreateLead;
import com.targetbot.events.leads.LeadSource;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.api.Test;

class CloudEventSerdeTests {

    private final CloudEventSerializer serializer = new CloudEventSerializer();
    private final CloudEventDeserializer deserializer = new CloudEventDeserializer();

    private final CreateLead command = new CreateLead(
            "019abc12-3456-7def-8123-456789abcdef",
            new Contact("Анна", "+79991234567", null),
            null,
            LeadSource.API,
            Attribution.NONE,
            Instant.parse("2026-11-25T10:15:30Z"),
            "api-key:tb1a2b3c");

    @Test
    void envelopeSurvivesTheWireWithAllAttributesAsHeaders() {
        var envelope = Envelope.wrap(command, "gateway-service")
                .withTraceparent("00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01");
        var headers = new RecordHeaders();

        byte[] value = serializer.serialize("leads.commands", headers, envelope);
        Envelope<?> read = deserializer.deserialize("leads.commands", headers, value);

        assertThat(read).isEqualTo(envelope);
        assertThat(header(headers, CloudEventHeaders.SPEC_VERSION)).isEqualTo("1.0");
        assertThat(header(headers, CloudEventHeaders.TYPE)).isEqualTo("com.targetbot.lead.create.v2");
        assertThat(header(headers, CloudEventHeaders.SUBJECT)).isEqualTo(command.leadId());
        assertThat(header(headers, CloudEventHeaders.CONTENT_TYPE)).isEqualTo("application/json");
    }

    @Test
    void reserializingReplacesAttributesInsteadOfDuplicatingThem() {
        var headers = new RecordHeaders();
        serializer.serialize("leads.commands", headers, Envelope.wrap(command, "gateway-service"));

        serializer.serialize("leads.commands", headers, Envelope.wrap(command, "gateway-service"));

        assertThat(headers.headers(CloudEventHeaders.ID)).hasSize(1);
    }

    @Test
    void unknownFieldsFromANewerProducerAreIgnored() {
        var headers = new RecordHeaders();
        byte[] value = serializer.serialize("leads.commands", headers, Envelope.wrap(command, "gateway-service"));
        String withExtra = new String(value, StandardCharsets.UTF_8).replaceFirst("\\{", "{\"utmSource\":\"vk\",");

        Envelope<?> read =
                deserializer.deserialize("leads.commands", headers, withExtra.getBytes(StandardCharsets.UTF_8));

        assertThat(read.data()).isEqualTo(command);
    }

    @Test
    void recordsThatBreakTheContractAreRejectedWithTheReason() {
        var headers = new RecordHeaders();
        byte[] value = serializer.serialize("leads.commands", headers, Envelope.wrap(command, "gateway-service"));

        var unknownType = new RecordHeaders(headers.toArray());
        unknownType.remove(CloudEventHeaders.TYPE);
        unknownType.add(CloudEventHeaders.TYPE, "com.targetbot.lead.teleported.v1".getBytes(StandardCharsets.UTF_8));
        var missingName =
                "{\"leadId\":\"x\",\"source\":\"api\",\"requestedAt\":\"2026-11-25T10:15:30Z\",\"requestedBy\":\"a\"}";

        assertThatThrownBy(() -> deserializer.deserialize("leads.commands", unknownType, value))
                .isInstanceOf(MalformedEventException.class)
                .hasMessageContaining("unknown event type 'com.targetbot.lead.teleported.v1'");
        assertThatThrownBy(() -> deserializer.deserialize(
                        "leads.commands", headers, missingName.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(MalformedEventException.class)
                .hasMessageContaining("com.targetbot.lead.create.v2");
        assertThatThrownBy(() -> deserializer.deserialize("leads.commands", new RecordHeaders(), value))
                .isInstanceOf(MalformedEventException.class)
                .hasMessage("missing header ce_specversion");
    }

    private static String header(RecordHeaders headers, String name) {
        return new String(headers.lastHeader(name).value(), StandardCharsets.UTF_8);
    }
}
