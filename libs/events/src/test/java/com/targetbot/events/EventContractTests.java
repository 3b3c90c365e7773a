package com.targetbot.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
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

            assertThat(documented)
                    .as(topic.name())
                    .containsExactlyInAnyOrderElementsOf(
                            EventTypes.on(topic).stream().map(EventType::name).toList());
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void asyncApiPayloadsListExactlyTheRecordFields() throws IOException {
        Map<String, Map<String, Object>> messages = section(section(asyncApi(), "components"), "messages");

        for (EventType<?> type : EventTypes.all()) {
            Map<String, Object> message = messages.get(type.javaType().getSimpleName());
            assertThat(message).as(type.name()).isNotNull();
            Map<String, Object> payload = (Map<String, Object>) message.get("payload");
            Set<String> documented = ((Map<String, Object>) payload.get("properties")).keySet();
            List<String> fields = Arrays.stream(type.javaType().getRecordComponents())
                    .map(component -> component.getName())
                    .toList();

            assertThat(message.get("name")).isEqualTo(type.name());
            assertThat(new LinkedHashSet<>(documented)).as(type.name()).containsExactlyElementsOf(fields);
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
