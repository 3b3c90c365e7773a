package com.targetbot.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.targetbot.events.leads.LeadStatusChanged;
import com.targetbot.events.meta.MetaTokenExpiring;
import com.targetbot.events.meta.MetaTokenInvalid;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The code, the golden wire examples and docs/asyncapi.yaml describe one contract. */
class EventContractTests {

    private static final Path ASYNCAPI = Path.of("../../docs/asyncapi.yaml");
    private final JsonMapper json = JsonMapper.builder().build();
    private final EventCodec codec = new EventCodec();

    @Test
    void everyRecordOfEverySealedRootIsRegistered() {
        Set<Class<?>> permitted = EventTypes.ROOTS.stream()
                .flatMap(root -> Arrays.stream(root.getPermittedSubclasses()))
                .collect(Collectors.toSet());
        Set<Class<?>> registered =
                EventTypes.all().stream().map(EventType::javaType).collect(Collectors.toSet());

        assertThat(registered).containsExactlyInAnyOrderElementsOf(permitted);
    }

    @Test
    void typeNamesAreVersionedReverseDnsNames() {
        assertThat(EventTypes.all())
                .extracting(EventType::name)
                .allMatch(name -> name.matches("com\\.targetbot\\.[a-z_]+(\\.[a-z_]+)+\\.v[0-9]+"))
                .doesNotHaveDuplicates();
    }

    @Test
    void everyTypeRoundTripsItsGoldenExampleUnchanged() throws IOException {
        for (EventType<?> type : EventTypes.all()) {
            byte[] golden = example(type.name());

            Event event = codec.read(type.name(), golden);
            JsonNode written = json.readTree(codec.write(event));

            assertThat(event).isInstanceOf(type.javaType());
            assertThat(written).as(type.name()).isEqualTo(json.readTree(golden));
        }
    }

    @Test
    void retiredVersionsAreStillReadAsTheCurrentRecord() throws IOException {
        for (RetiredEventType retired : EventTypes.retired()) {
            Event event = codec.read(retired.name(), example(retired.name()));

            assertThat(event).as(retired.name()).isInstanceOf(retired.current().javaType());
        }
    }

    @Test
    void goldenV1LeadsReadAsTheSameLeadAsV2() throws IOException {
        assertThat(codec.read("com.targetbot.lead.create.v1", example("com.targetbot.lead.create.v1")))
                .isEqualTo(codec.read("com.targetbot.lead.create.v2", example("com.targetbot.lead.create.v2")));
        assertThat(codec.read("com.targetbot.lead.created.v1", example("com.targetbot.lead.created.v1")))
                .isEqualTo(codec.read("com.targetbot.lead.created.v2", example("com.targetbot.lead.created.v2")));
    }

    @Test
    void aGoldenV1StatusChangeReadsWithoutTheLeadItDidNotCarry() throws IOException {
        var v1 = (LeadStatusChanged)
                codec.read("com.targetbot.lead.status_changed.v1", example("com.targetbot.lead.status_changed.v1"));
        var v2 = (LeadStatusChanged)
                codec.read("com.targetbot.lead.status_changed.v2", example("com.targetbot.lead.status_changed.v2"));

        assertThat(v1)
                .isEqualTo(new LeadStatusChanged(
                        v2.leadId(), v2.from(), v2.to(), v2.changedBy(), v2.changedAt(), null, null));
        assertThat(v2.name()).isEqualTo("Анна Петрова");
        assertThat(v2.createdBy()).isEqualTo("telegram:100500");
    }

    @Test
    void goldenV1TokenAlertsReadAsV2WithoutAConnection() throws IOException {
        var invalid = (MetaTokenInvalid)
                codec.read("com.targetbot.meta.token.invalid.v1", example("com.targetbot.meta.token.invalid.v1"));
        var expiring = (MetaTokenExpiring)
                codec.read("com.targetbot.meta.token.expiring.v1", example("com.targetbot.meta.token.expiring.v1"));

        assertThat(invalid.connection()).isNull();
        assertThat(invalid.reason()).startsWith("Graph API error 190");
        assertThat(expiring.connection()).isNull();
        assertThat(expiring.expiresAt()).isEqualTo("2026-12-01T09:00:00Z");
    }

    @Test
    void aRetiredVersionMissingARequiredFieldIsMalformed() {
        byte[] noName =
                "{\"leadId\":\"x\",\"source\":\"api\",\"requestedAt\":\"2026-11-25T10:15:30Z\",\"requestedBy\":\"a\"}"
                        .getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> codec.read("com.targetbot.lead.create.v1", noName))
                .isInstanceOf(MalformedEventException.class)
                .hasMessageContaining("name");
    }

    @Test
    void retiredVersionsAreNeitherCurrentNorWritten() {
        for (RetiredEventType retired : EventTypes.retired()) {
            assertThat(EventTypes.all()).extracting(EventType::name).doesNotContain(retired.name());
            assertThat(retired.name()).matches("com\\.targetbot\\.[a-z_]+(\\.[a-z_]+)+\\.v[0-9]+");
            String stem = retired.name().substring(0, retired.name().lastIndexOf(".v"));
            assertThat(retired.current().name()).startsWith(stem + ".v").isGreaterThan(retired.name());
        }
    }

    @Test
    void asyncApiChannelsAreExactlyTheTopicCatalog() throws IOException {
        Map<String, Map<String, Object>> channels = section(asyncApi(), "channels");

        Set<String> addresses = channels.values().stream()
                .map(channel -> (String) channel.get("address"))
                .collect(Collectors.toSet());

        assertThat(addresses)
                .containsExactlyInAnyOrderElementsOf(
                        Topics.ALL.stream().map(Topic::name).toList());
        channels.values()
                .forEach(channel -> assertThat(channel.get("x-dead-letter-address"))
                        .isEqualTo(channel.get("address") + Topic.DEAD_LETTER_SUFFIX));
    }

    @Test
    void asyncApiMessagesMatchTheRegisteredTypesTopicByTopic() throws IOException {
        Map<String, Object> document = asyncApi();
        Map<String, Map<String, Object>> channels = section(document, "channels");
        Map<String, Map<String, Object>> messages = section(section(document, "components"), "messages");

        for (Topic topic : Topics.ALL) {
            Map<String, Object> channel = channels.values().stream()
                    .filter(candidate -> topic.name().equals(candidate.get("address")))
                    .findFirst()
                    .orElseThrow();
            @SuppressWarnings("unchecked")
            Set<String> documented = ((Map<String, Object>) channel.get("messages"))
                    .keySet().stream()
                            .map(messageName ->
                                    (String) messages.get(messageName).get("name"))
                            .collect(Collectors.toSet());

            List<String> readable = new ArrayList<>(
                    EventTypes.on(topic).stream().map(EventType::name).toList());
            EventTypes.retired().stream()
                    .filter(retired -> retired.current().topic().equals(topic))
                    .forEach(retired -> readable.add(retired.name()));

            assertThat(documented).as(topic.name()).containsExactlyInAnyOrderElementsOf(readable);
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void asyncApiPayloadsListExactlyTheRecordFields() throws IOException {
        Map<String, Map<String, Object>> messages = section(section(asyncApi(), "components"), "messages");

        Map<String, Class<?>> records = new LinkedHashMap<>();
        EventTypes.all().forEach(type -> records.put(type.name(), type.javaType()));
        EventTypes.retired().forEach(retired -> records.put(retired.name(), retired.wireType()));

        records.forEach((name, record) -> {
            Map<String, Object> message = messages.get(record.getSimpleName());
            assertThat(message).as(name).isNotNull();
            assertThat(message.get("name")).isEqualTo(name);
            assertPropertiesAreTheFields(name, (Map<String, Object>) message.get("payload"), record);
        });
    }

    /** The documented properties are the record's fields in order, and so on down nested value records. */
    @SuppressWarnings("unchecked")
    private static void assertPropertiesAreTheFields(String path, Map<String, Object> schema, Class<?> record) {
        Map<String, Object> properties = (Map<String, Object>) schema.get("properties");
        assertThat(properties).as(path).isNotNull();
        List<RecordComponent> components = Arrays.asList(record.getRecordComponents());

        assertThat(new LinkedHashSet<>(properties.keySet()))
                .as(path)
                .containsExactlyElementsOf(
                        components.stream().map(RecordComponent::getName).toList());
        for (RecordComponent component : components) {
            if (component.getType().isRecord()) {
                assertPropertiesAreTheFields(
                        path + "." + component.getName(),
                        (Map<String, Object>) properties.get(component.getName()),
                        component.getType());
            }
        }
    }

    private static byte[] example(String typeName) throws IOException {
        try (InputStream in = EventContractTests.class.getResourceAsStream("/examples/" + typeName + ".json")) {
            assertThat(in).as("golden example for " + typeName).isNotNull();
            return in.readAllBytes();
        }
    }

    private static Map<String, Object> asyncApi() throws IOException {
        try (InputStream in = Files.newInputStream(ASYNCAPI)) {
            return new Yaml().load(in);
        }
    }

    @SuppressWarnings("unchecked")
    private static <V> Map<String, V> section(Map<String, ?> parent, String name) {
        return (Map<String, V>) parent.get(name);
    }
}
