package com.targetbot.deploy;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The manifests under k8s/: the base as kustomize assembles it from its resources list. */
final class Kubernetes {

    static final Path K8S = Repository.path("k8s");
    static final Path BASE = K8S.resolve("base");

    private Kubernetes() {}

    /**
     * One object of a manifest file.
     *
     * @param file where it is written
     * @param object the parsed document
     */
    record Manifest(Path file, Map<String, Object> object) {
        String kind() {
            return Yamls.string(object, "kind");
        }

        String name() {
            return Yamls.string(object, "metadata.name");
        }
    }

    /** Every object the base's kustomization lists, in its order. */
    static List<Manifest> base() {
        return resources(BASE);
    }

    static List<Manifest> resources(Path kustomizationDirectory) {
        Map<String, Object> kustomization = Repository.yamlDocuments(
                        kustomizationDirectory.resolve("kustomization.yaml"))
                .getFirst();
        return Yamls.listAt(kustomization, "resources").stream()
                .map(String::valueOf)
                .map(kustomizationDirectory::resolve)
                .filter(path -> path.getFileName().toString().endsWith(".yaml"))
                .flatMap(file -> Repository.yamlDocuments(file).stream().map(object -> new Manifest(file, object)))
                .toList();
    }

    static List<Manifest> ofKind(String kind) {
        return base().stream().filter(manifest -> manifest.kind().equals(kind)).toList();
    }

    static Map<String, Object> get(String kind, String name) {
        return ofKind(kind).stream()
                .filter(manifest -> manifest.name().equals(name))
                .map(Manifest::object)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + " " + name + " in k8s/base"));
    }

    /** The pod template's only container. */
    static Map<String, Object> container(String deployment) {
        List<Object> containers = Yamls.listAt(get("Deployment", deployment), "spec.template.spec.containers");
        if (containers.size() != 1) {
            throw new AssertionError(deployment + " should run one container, runs " + containers.size());
        }
        return Yamls.map(containers.getFirst());
    }

    /**
     * Every environment variable the Deployment gives its container, with its value: the ConfigMaps of
     * {@code envFrom} in order, then {@code env} entries (a secret's value shows as {@code secret:<name>/<key>}).
     */
    static Map<String, String> environment(String deployment) {
        Map<String, Object> container = container(deployment);
        Map<String, String> environment = new LinkedHashMap<>();
        for (Object source : Yamls.listAt(container, "envFrom")) {
            String configMap = Yamls.string(source, "configMapRef.name");
            Yamls.mapAt(get("ConfigMap", configMap), "data")
                    .forEach((key, value) -> environment.put(key, String.valueOf(value)));
        }
        for (Object variable : Yamls.listAt(container, "env")) {
            Object secret = Yamls.at(variable, "valueFrom.secretKeyRef");
            environment.put(
                    Yamls.string(variable, "name"),
                    secret == null
                            ? Yamls.string(variable, "value")
                            : "secret:" + Yamls.string(secret, "name") + "/" + Yamls.string(secret, "key"));
        }
        return environment;
    }
}
