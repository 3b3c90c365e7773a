package com.targetbot.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/**
 * Each {@code @ConfigurationProperties} record binds a prefix of its own, so a key names the one record that reads
 * it; two records sharing a prefix would also share its environment variables without saying so.
 */
class ConfigurationPrefixTests {

    static final List<String> MODULES =
            Stream.concat(Stream.of("sandbox"), ServiceModule.SERVICES.stream()).toList();

    private static final Pattern PREFIX =
            Pattern.compile("@ConfigurationProperties\\((?:(?:prefix|value)\\s*=\\s*)?\"([^\"]+)\"\\)");

    @ParameterizedTest
    @FieldSource("MODULES")
    void noTwoRecordsOfAModuleOrOfServiceKitBindOnePrefix(String module) {
        Map<String, List<String>> recordsByPrefix = new TreeMap<>();
        Stream.of(Repository.path(module + "/src/main/java"), Repository.path("libs/service-kit/src/main/java"))
                .flatMap(sources -> Repository.files(sources, ".java").stream())
                .forEach(file -> PREFIX.matcher(Repository.read(file))
                        .results()
                        .forEach(match -> recordsByPrefix
                                .computeIfAbsent(match.group(1), prefix -> new ArrayList<>())
                                .add(file.getFileName().toString())));

        assertThat(recordsByPrefix)
                .isNotEmpty()
                .allSatisfy((prefix, records) -> assertThat(records).as(prefix).hasSize(1));
    }
}
