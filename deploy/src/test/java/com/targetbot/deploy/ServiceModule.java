package com.targetbot.deploy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What a Spring Boot module's own sources say about it: its default port, the configuration keys it has
 * (application.yml and the {@code @ConfigurationProperties} records of the module and of service-kit), the
 * environment variables its application.yml reads directly, and the ports of the other services it calls.
 *
 * @param name module directory, also the name of its Service, compose service and Deployment
 * @param port the default {@code server.port}
 * @param properties every configuration key the module reads, in Spring's canonical kebab-case form
 * @param placeholders environment variables named in {@code ${...}} placeholders of its configuration file
 * @param calledPorts ports of {@code http://127.0.0.1:<port>} defaults in its configuration and sources
 */
record ServiceModule(
        String name, int port, Set<String> properties, Set<String> placeholders, Set<Integer> calledPorts) {

    static final List<String> SERVICES =
            List.of("gateway-service", "telegram-service", "leads-service", "meta-service", "reports-service");

    /**
     * Spring Boot's own keys that every web application has and the descriptors set although application.yml
     * may leave them at Boot's default: the port and address, and the proxy headers behind an ingress.
     */
    private static final List<String> BOOT_KEYS =
            List.of("server.port", "server.address", "server.forward-headers-strategy");

    private static final Pattern PROPERTIES_ANNOTATION =
            Pattern.compile("@ConfigurationProperties\\((?:(?:prefix|value)\\s*=\\s*)?\"([^\"]+)\"\\)");
    private static final Pattern RECORD_HEADER = Pattern.compile("\\brecord\\s+\\w+\\s*\\(");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)[:}]");
    private static final Pattern LOCAL_URL = Pattern.compile("http://127\\.0\\.0\\.1:(\\d+)");
    private static final Pattern COMPONENT_NAME = Pattern.compile("(\\w+)$");
    private static final Pattern PORT_IN_CODE = Pattern.compile("\"server\\.port=(\\d+)\"");

    /** Reads a module; the sandbox names its file sandbox.yml and sets its port in code. */
    static ServiceModule read(String name) {
        Path module = Repository.path(name);
        Path resources = module.resolve("src/main/resources");
        Path config = Files.exists(resources.resolve("application.yml"))
                ? resources.resolve("application.yml")
                : resources.resolve(name + ".yml");
        Map<String, Object> flat = flatten(Repository.yamlDocuments(config).getFirst());
        String configText = Repository.read(config);
        List<String> sources = Stream.concat(
                        Repository.files(module.resolve("src/main/java"), ".java").stream(),
                        Repository.files(Repository.path("libs/service-kit/src/main/java"), ".java").stream())
                .map(Repository::read)
                .toList();

        Set<String> properties = new TreeSet<>(flat.keySet());
        properties.addAll(BOOT_KEYS);
        sources.forEach(source -> properties.addAll(configurationProperties(source)));

        Set<String> placeholders = new TreeSet<>();
        PLACEHOLDER.matcher(configText).results().forEach(match -> placeholders.add(match.group(1)));

        Set<Integer> calledPorts = new TreeSet<>();
        Stream.concat(Stream.of(configText), sources.stream())
                .forEach(text -> LOCAL_URL
                        .matcher(text)
                        .results()
                        .forEach(match -> calledPorts.add(Integer.parseInt(match.group(1)))));

        Object port = flat.get("server.port");
        if (port == null) {
            port = sources.stream()
                    .flatMap(source -> PORT_IN_CODE.matcher(source).results())
                    .map(match -> match.group(1))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("no server.port default in " + name));
        }
        int ownPort = Integer.parseInt(String.valueOf(port));
        calledPorts.remove(ownPort);
        return new ServiceModule(name, ownPort, properties, placeholders, calledPorts);
    }

    /**
     * Whether Spring would bind an environment variable of this name to one of the module's keys: relaxed binding
     * lower-cases it and reads {@code _} as {@code .}, and a key's dashes are either dropped or written as {@code _}.
     * A variable below a known key (a nested record, a map entry) binds too.
     */
    boolean binds(String variable) {
        if (placeholders.contains(variable)) {
            return true;
        }
        String dotted = variable.toLowerCase(Locale.ROOT).replace('_', '.');
        return properties.stream()
                .flatMap(key -> Stream.of(key.replace("-", ""), key.replace('-', '.')))
                .anyMatch(key -> dotted.equals(key) || dotted.startsWith(key + "."));
    }

    /** Keys of the {@code @ConfigurationProperties} record declared in one source file, if any. */
    static Set<String> configurationProperties(String source) {
        Set<String> keys = new TreeSet<>();
        Matcher annotation = PROPERTIES_ANNOTATION.matcher(source);
        while (annotation.find()) {
            Matcher header = RECORD_HEADER.matcher(source);
            if (!header.find(annotation.end())) {
                throw new AssertionError(
                        "@ConfigurationProperties on something other than a record: " + annotation.group());
            }
            for (String component : components(source, header.end())) {
                Matcher name = COMPONENT_NAME.matcher(component.strip());
                if (name.find()) {
                    keys.add(annotation.group(1) + "." + kebab(name.group(1)));
                }
            }
        }
        return keys;
    }

    /** The record's components: the header's text split at commas outside parentheses, generics and strings. */
    private static List<String> components(String source, int start) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        boolean quoted = false;
        var current = new StringBuilder();
        for (int i = start; i < source.length(); i++) {
            char c = source.charAt(i);
            if (c == '"' && source.charAt(i - 1) != '\\') {
                quoted = !quoted;
            } else if (!quoted && (c == '(' || c == '<')) {
                depth++;
            } else if (!quoted && (c == ')' || c == '>')) {
                if (depth == 0) {
                    parts.add(current.toString());
                    return parts;
                }
                depth--;
            } else if (!quoted && c == ',' && depth == 0) {
                parts.add(current.toString());
                current.setLength(0);
                continue;
            }
            current.append(c);
        }
        throw new AssertionError("unterminated record header");
    }

    private static String kebab(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
    }

    /** application.yml as dotted keys; both nested and dotted YAML keys ({@code a.b: c}) come out the same. */
    static Map<String, Object> flatten(Map<String, Object> tree) {
        Map<String, Object> flat = new LinkedHashMap<>();
        flatten("", tree, flat);
        return flat;
    }

    private static void flatten(String prefix, Map<String, Object> tree, Map<String, Object> flat) {
        tree.forEach((key, value) -> {
            String path = prefix.isEmpty() ? key : prefix + "." + key;
            if (value instanceof Map<?, ?> nested) {
                flatten(path, Yamls.map(nested), flat);
            } else {
                flat.put(path, value);
            }
        });
    }
}
