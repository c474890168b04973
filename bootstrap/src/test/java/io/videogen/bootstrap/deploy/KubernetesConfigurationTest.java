package io.videogen.bootstrap.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvFromSource;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Secret;
import io.videogen.bootstrap.deploy.KubernetesManifestsTest.Manifests;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The configuration the manifests hand the videogen containers: every variable they get — set
 * directly or from a ConfigMap or Secret — sets a key the application reads, and every key of every
 * Secret reaches something. Where kubectl is installed, the reader used by these tests renders each
 * overlay as kustomize does.
 */
class KubernetesConfigurationTest {

    private static final List<String> OVERLAYS = List.of("base", "overlays/local", "overlays/local-hpa",
            "overlays/s3");

    @ParameterizedTest
    @ValueSource(strings = {"base", "overlays/local", "overlays/local-hpa", "overlays/s3"})
    void everyVariableOfTheVideogenContainersSetsAConfigurationKey(String overlay) throws IOException {
        ConfigKeys keys = ConfigKeys.of(KubernetesManifestsTest.ROOT);
        Manifests manifests = KubernetesManifestsTest.rendered(overlay);
        for (Container container : manifests.videogenContainers()) {
            for (String variable : variables(manifests, container)) {
                assertThat(keys.knows(variable)).as("%s in %s: no configuration key %s reads it", variable, overlay,
                        variable).isTrue();
            }
        }
    }

    @Test
    void theS3SecretCarriesEveryStorageSetting() {
        Manifests manifests = KubernetesManifestsTest.rendered("overlays/s3");
        Set<String> names = manifests.named(Secret.class, "videogen-s3").getStringData().keySet();
        for (String key : ConfigKeys.STORAGE_KEYS) {
            assertThat(names).contains(ConfigKeys.environment(key));
        }
        assertThat(manifests.named(Secret.class, "videogen-s3").getStringData())
                .containsEntry("VIDEOGEN_STORAGE_TYPE", "s3");
    }

    @Test
    void theConfigurationCheckRefusesANameNoKeyReads() throws IOException {
        ConfigKeys keys = ConfigKeys.of(KubernetesManifestsTest.ROOT);
        assertThat(keys.knows("VIDEOGEN_WORKER_DRAIN")).isTrue();
        assertThat(keys.knows("VIDEOGEN_FEATURES_STUDIO")).as("a map's key").isTrue();
        assertThat(keys.knows("QUARKUS_DATASOURCE_REACTIVE_URL")).isTrue();
        assertThat(keys.knows("VIDEOGEN_WORKER_DRAINING")).isFalse();
        assertThat(keys.knows("VIDEOGEN_STORAGE_S3_BUKET")).isFalse();
        assertThat(keys.knows("QUARKUS_DATASOURCE_REACTIVE_URI")).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"base", "overlays/local", "overlays/local-hpa", "overlays/s3"})
    void everyKeyOfEverySecretIsUsed(String overlay) {
        Manifests manifests = KubernetesManifestsTest.rendered(overlay);
        Set<String> wholeSecrets = new HashSet<>();
        Set<String> usedKeys = new HashSet<>();
        for (Container container : allContainers(manifests)) {
            for (EnvFromSource source : nonNull(container.getEnvFrom())) {
                if (source.getSecretRef() != null) {
                    wholeSecrets.add(source.getSecretRef().getName());
                }
            }
            for (EnvVar variable : nonNull(container.getEnv())) {
                if (variable.getValueFrom() != null && variable.getValueFrom().getSecretKeyRef() != null) {
                    usedKeys.add(variable.getValueFrom().getSecretKeyRef().getName() + "/"
                            + variable.getValueFrom().getSecretKeyRef().getKey());
                }
            }
        }
        for (GenericKubernetesResource auth : manifests.generics("TriggerAuthentication")) {
            List<Map<String, String>> references = auth.get("spec", "secretTargetRef");
            references.forEach(reference -> usedKeys.add(reference.get("name") + "/" + reference.get("key")));
        }
        for (Secret secret : manifests.all(Secret.class)) {
            String name = secret.getMetadata().getName();
            if (wholeSecrets.contains(name)) {
                continue;
            }
            for (String key : secret.getStringData().keySet()) {
                assertThat(usedKeys).as("Secret %s is not read whole by a container; its key %s is unused", name, key)
                        .contains(name + "/" + key);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"base", "overlays/local", "overlays/local-hpa", "overlays/s3"})
    void everyConfigMapOrSecretAContainerNeedsIsThere(String overlay) {
        Manifests manifests = KubernetesManifestsTest.rendered(overlay);
        for (Container container : allContainers(manifests)) {
            for (EnvFromSource source : nonNull(container.getEnvFrom())) {
                if (source.getSecretRef() != null && !Boolean.TRUE.equals(source.getSecretRef().getOptional())) {
                    manifests.named(Secret.class, source.getSecretRef().getName());
                }
                if (source.getConfigMapRef() != null && !Boolean.TRUE.equals(source.getConfigMapRef().getOptional())) {
                    manifests.named(ConfigMap.class, source.getConfigMapRef().getName());
                }
            }
        }
    }

    /** Ignored where kubectl is missing (CI); the reader is then trusted as checked here. */
    @Test
    @EnabledIf("kubectlInstalled")
    void theReaderRendersEveryOverlayAsKubectlKustomizeDoes() throws Exception {
        for (String overlay : OVERLAYS) {
            Process kubectl = new ProcessBuilder("kubectl", "kustomize",
                    KubernetesManifestsTest.MANIFESTS.resolve(overlay).toString()).redirectErrorStream(true).start();
            List<HasMetadata> byKubectl;
            try (InputStream out = kubectl.getInputStream()) {
                java.nio.file.Path file = Files.createTempFile("kustomized-", ".yaml");
                Files.write(file, out.readAllBytes());
                byKubectl = Kustomization.objectsIn(file);
                Files.delete(file);
            }
            assertThat(kubectl.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(kubectl.exitValue()).isZero();
            assertThat(sorted(Kustomization.render(KubernetesManifestsTest.MANIFESTS.resolve(overlay))))
                    .as(overlay).isEqualTo(sorted(byKubectl));
        }
    }

    static boolean kubectlInstalled() {
        return Files.isExecutable(java.nio.file.Path.of("/usr/bin/kubectl"));
    }

    private static List<HasMetadata> sorted(List<HasMetadata> objects) {
        List<HasMetadata> copy = new ArrayList<>(objects);
        copy.sort(Comparator.comparing((HasMetadata object) -> object.getKind())
                .thenComparing(object -> object.getMetadata().getName()));
        return copy;
    }

    /** The variables a container gets: its own and those of the ConfigMaps and Secrets it reads whole. */
    private static Set<String> variables(Manifests manifests, Container container) {
        Set<String> names = new HashSet<>();
        nonNull(container.getEnv()).forEach(variable -> names.add(variable.getName()));
        Map<String, Map<String, String>> secrets = new HashMap<>();
        manifests.all(Secret.class).forEach(secret -> secrets.put(secret.getMetadata().getName(),
                secret.getStringData()));
        for (EnvFromSource source : nonNull(container.getEnvFrom())) {
            if (source.getSecretRef() != null) {
                names.addAll(secrets.getOrDefault(source.getSecretRef().getName(), Map.of()).keySet());
            }
            if (source.getConfigMapRef() != null) {
                names.addAll(manifests.named(ConfigMap.class, source.getConfigMapRef().getName()).getData().keySet());
            }
        }
        return names;
    }

    private static List<Container> allContainers(Manifests manifests) {
        return manifests.all(io.fabric8.kubernetes.api.model.apps.Deployment.class).stream()
                .flatMap(deployment -> deployment.getSpec().getTemplate().getSpec().getContainers().stream()).toList();
    }

    private static <T> List<T> nonNull(List<T> list) {
        return list == null ? List.of() : list;
    }
}
