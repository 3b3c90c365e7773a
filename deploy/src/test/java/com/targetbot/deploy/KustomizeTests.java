package com.targetbot.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What `kubectl apply -k` would refuse or silently skip, and what must never be committed. */
class KustomizeTests {

    private static final Path PRODUCTION = Kubernetes.K8S.resolve("overlays/production");

    @Test
    void everyManifestFileIsUsedByAKustomizationAndEveryReferenceExists() {
        Set<Path> referenced = new HashSet<>();
        for (Path kustomization : Repository.files(Kubernetes.K8S, "kustomization.yaml")) {
            Path directory = kustomization.getParent();
            Map<String, Object> content =
                    Repository.yamlDocuments(kustomization).getFirst();
            Yamls.listAt(content, "resources")
                    .forEach(entry -> referenced.add(
                            directory.resolve(String.valueOf(entry)).normalize()));
            Yamls.listAt(content, "patches")
                    .forEach(patch -> referenced.add(
                            directory.resolve(Yamls.string(patch, "path")).normalize()));
            Yamls.listAt(content, "configMapGenerator")
                    .forEach(generator -> Yamls.listAt(generator, "files")
                            .forEach(file -> referenced.add(
                                    directory.resolve(String.valueOf(file)).normalize())));
        }

        assertThat(referenced).allSatisfy(path -> assertThat(path).exists());
        List<Path> manifests = Repository.files(Kubernetes.K8S, ".yaml").stream()
                .filter(file -> !file.getFileName().toString().equals("kustomization.yaml"))
                .toList();
        assertThat(referenced).containsAll(manifests);
        assertThat(referenced).contains(PRODUCTION.resolve("../../base").normalize());
    }

    @Test
    void productionPatchesTargetObjectsOfTheBase() {
        Map<String, Object> kustomization = Repository.yamlDocuments(PRODUCTION.resolve("kustomization.yaml"))
                .getFirst();

        assertThat(kustomization.get("namespace")).isEqualTo("targetbot");
        for (Object patch : Yamls.listAt(kustomization, "patches")) {
            for (Map<String, Object> object :
                    Repository.yamlDocuments(PRODUCTION.resolve(Yamls.string(patch, "path")))) {
                String kind = Yamls.string(object, "kind");
                String name = Yamls.string(object, "metadata.name");
                assertThat(Kubernetes.get(kind, name)).as(kind + " " + name).isNotNull();
            }
        }
        assertThat(Yamls.listAt(kustomization, "images"))
                .map(image -> Yamls.string(image, "name"))
                .containsExactlyInAnyOrderElementsOf(ServiceModule.SERVICES.stream()
                        .map(service -> Yamls.string(Kubernetes.container(service), "image"))
                        .toList());
    }

    @Test
    void noSecretValueIsCommitted() {
        for (Path file : Repository.files(Kubernetes.K8S, ".yaml")) {
            for (Map<String, Object> object : Repository.yamlDocuments(file)) {
                if ("Secret".equals(object.get("kind"))) {
                    assertThat(object).as(file.toString()).doesNotContainKeys("data", "stringData");
                }
                assertThat(Yamls.listAt(object, "secretGenerator"))
                        .as(file.toString())
                        .isEmpty();
            }
        }
        assertThat(Repository.read(Repository.path(".gitignore"))).containsPattern("(?m)^/?\\.env$");
        assertThat(Files.exists(Repository.path(".env.example"))).isTrue();
    }
}
