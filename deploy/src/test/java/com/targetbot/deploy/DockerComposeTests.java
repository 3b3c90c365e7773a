package com.targetbot.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/** docker-compose.yml runs what the local stack runs, configured the way the launcher configures it. */
class DockerComposeTests {

    static final List<String> APPLICATIONS =
            Stream.concat(Stream.of("sandbox"), ServiceModule.SERVICES.stream()).toList();

    private static final Map<String, Object> COMPOSE =
            Repository.yamlDocuments(Repository.path("docker-compose.yml")).getFirst();
    private static final String LAUNCHER = "local-stack/src/main/java/com/targetbot/stack";
    private static final Pattern COMPONENT_JAR = Pattern.compile("\\(\"([a-z0-9-]+)\", \"([^\"]+\\.jar)\"\\)");
    private static final Pattern LAUNCHER_PROPERTY = Pattern.compile("\"--([a-z0-9.-]+)=");
    private static final Pattern LAUNCHER_VARIABLE =
            Pattern.compile("environment\\.put\\(\\s*(?:\"([A-Z0-9_]+)\"|Secrets\\.(\\w+))");
    private static final Pattern SECRET_CONSTANT = Pattern.compile("static final String (\\w+) = \"([A-Z0-9_]+)\";");
    private static final Pattern INTERPOLATION = Pattern.compile("\\$\\{([A-Z0-9_]+)(:?[-?])?[^}]*}");
    private static final Pattern ENV_EXAMPLE_NAME = Pattern.compile("(?m)^#?\\s*([A-Z][A-Z0-9_]*)=");
    private static final Pattern HEALTH_TARGET = Pattern.compile("/dev/tcp/127\\.0\\.0\\.1/(\\d+).*GET (\\S+) HTTP");

    @Test
    void composeRunsTheInfrastructureTheSandboxAndTheFiveServicesEachWithAHealthcheck() {
        Map<String, Object> services = Yamls.mapAt(COMPOSE, "services");

        assertThat(services.keySet())
                .containsExactlyInAnyOrderElementsOf(
                        Stream.concat(Stream.of("kafka", "redis", "s3"), APPLICATIONS.stream())
                                .toList());
        assertThat(services)
                .allSatisfy((name, service) -> assertThat(Yamls.listAt(service, "healthcheck.test"))
                        .as(name)
                        .isNotEmpty());
    }

    @ParameterizedTest
    @FieldSource("APPLICATIONS")
    void imagesAreBuiltFromTheJarTheLocalStackRuns(String application) {
        Map<String, String> jars = COMPONENT_JAR
                .matcher(Repository.read(Repository.path(LAUNCHER + "/Component.java")))
                .results()
                .collect(Collectors.toMap(match -> match.group(1), match -> match.group(2)));

        assertThat(Yamls.string(service(application), "build.args.JAR")).isEqualTo(jars.get(application));
    }

    @ParameterizedTest
    @FieldSource("APPLICATIONS")
    void healthchecksAskReadinessOnTheServerPortOfTheModule(String application) {
        int port = ServiceModule.read(application).port();
        var target = HEALTH_TARGET.matcher(
                String.join(" ", strings(Yamls.listAt(service(application), "healthcheck.test"))));

        assertThat(target.find()).isTrue();
        assertThat(Integer.parseInt(target.group(1))).isEqualTo(port);
        assertThat(target.group(2))
                .as("the sandbox has no probe groups; the services answer readiness")
                .isEqualTo(application.equals("sandbox") ? "/actuator/health" : "/actuator/health/readiness");
        assertThat(environment(application)).containsEntry("SERVER_PORT", String.valueOf(port));
        assertThat(environment(application)).containsEntry("SERVER_ADDRESS", "0.0.0.0");
    }

    @ParameterizedTest
    @FieldSource("APPLICATIONS")
    void everyEnvironmentVariableBindsToAKeyTheModuleHas(String application) {
        ServiceModule module = ServiceModule.read(application);

        assertThat(environment(application).keySet())
                .allSatisfy(variable -> assertThat(module.binds(variable))
                        .as("%s of %s binds to no key of the module", variable, application)
                        .isTrue());
    }

    @ParameterizedTest
    @FieldSource("APPLICATIONS")
    void servicesStartOnlyOnceWhatTheyCallIsHealthy(String application) {
        Object dependsOn = Yamls.at(service(application), "depends_on");
        Map<String, Object> dependencies = dependsOn == null ? Map.of() : Yamls.map(dependsOn);

        assertThat(dependencies)
                .allSatisfy((name, condition) ->
                        assertThat(Yamls.string(condition, "condition")).isEqualTo("service_healthy"));
        if (!application.equals("sandbox")) {
            assertThat(dependencies).containsKeys("kafka", "redis");
            assertThat(dependencies.keySet()).containsAll(Calls.fromCode().get(application));
        }
        if (environment(application).values().stream().anyMatch(value -> value.contains("http://sandbox:"))) {
            assertThat(dependencies).containsKey("sandbox");
        }
    }

    @Test
    void everySettingTheLauncherGivesAServiceComposeGivesItToo() {
        String launches = Repository.read(Repository.path(LAUNCHER + "/ServiceLaunches.java"));
        Map<String, String> secretNames = new HashMap<>();
        SECRET_CONSTANT
                .matcher(Repository.read(Repository.path(LAUNCHER + "/Secrets.java")))
                .results()
                .forEach(match -> secretNames.put(match.group(1), match.group(2)));
        Set<String> composed = APPLICATIONS.stream()
                .flatMap(application -> environment(application).keySet().stream())
                .map(variable -> variable.toLowerCase(Locale.ROOT).replace('_', '.'))
                .collect(Collectors.toSet());
        Set<String> composedVariables = APPLICATIONS.stream()
                .flatMap(application -> environment(application).keySet().stream())
                .collect(Collectors.toSet());

        List<String> properties = LAUNCHER_PROPERTY
                .matcher(launches)
                .results()
                .map(match -> match.group(1))
                .toList();
        assertThat(properties)
                .isNotEmpty()
                .allSatisfy(property -> assertThat(composed)
                        .as(property)
                        .containsAnyOf(property.replace("-", ""), property.replace('-', '.')));
        List<String> variables = LAUNCHER_VARIABLE
                .matcher(launches)
                .results()
                .map(match -> match.group(1) != null ? match.group(1) : secretNames.get(match.group(2)))
                .toList();
        assertThat(variables)
                .isNotEmpty()
                .allSatisfy(variable -> assertThat(composedVariables).contains(variable));
    }

    @Test
    void secretsComeFromDotEnvAndEveryVariableOfItIsDocumentedInTheExample() {
        String compose = Repository.read(Repository.path("docker-compose.yml"));
        Set<String> documented = ENV_EXAMPLE_NAME
                .matcher(Repository.read(Repository.path(".env.example")))
                .results()
                .map(match -> match.group(1))
                .collect(Collectors.toSet());
        Set<String> generated = SECRET_CONSTANT
                .matcher(Repository.read(Repository.path(LAUNCHER + "/Secrets.java")))
                .results()
                .map(match -> match.group(2))
                .collect(Collectors.toSet());
        Set<String> required = new TreeSet<>();
        INTERPOLATION.matcher(compose).results().forEach(match -> {
            assertThat(documented).as(match.group()).contains(match.group(1));
            if (":?".equals(match.group(2))) {
                required.add(match.group(1));
            }
        });

        assertThat(required)
                .as("the secrets the launcher generates have no default")
                .isEqualTo(generated);
    }

    @Test
    void theImageRunsTheJarAsANonRootUserOnATemurinJre() {
        String dockerfile = Repository.read(Repository.path("Dockerfile"));

        assertThat(dockerfile).containsPattern("(?m)^FROM eclipse-temurin:(21|25)-jre\\b");
        assertThat(dockerfile).doesNotContainPattern("(?m)^FROM (?!eclipse-temurin:(21|25)-jre)");
        assertThat(dockerfile).containsPattern("(?m)^USER [1-9][0-9]*:[1-9][0-9]*$");
        assertThat(dockerfile).containsPattern("(?m)^ENTRYPOINT .*JarLauncher");
        assertThat(Yamls.mapAt(COMPOSE, "services")).allSatisfy((name, service) -> {
            if (Yamls.at(service, "build") != null) {
                assertThat(Yamls.string(service, "build.context")).isEqualTo(".");
                assertThat(Yamls.at(service, "read_only")).as(name).isEqualTo(true);
                assertThat(Yamls.listAt(service, "cap_drop")).as(name).containsExactly("ALL");
            }
        });
    }

    private static Map<String, Object> service(String name) {
        return Yamls.mapAt(Yamls.mapAt(COMPOSE, "services"), name);
    }

    private static Map<String, String> environment(String application) {
        Object environment = Yamls.at(service(application), "environment");
        Map<String, String> values = new HashMap<>();
        if (environment != null) {
            Yamls.map(environment).forEach((name, value) -> values.put(name, String.valueOf(value)));
        }
        return values;
    }

    private static List<String> strings(List<Object> values) {
        return values.stream().map(String::valueOf).toList();
    }
}
