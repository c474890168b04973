package io.videogen.bootstrap.deploy;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What {@code kubectl kustomize <dir>} puts out for deploy/kubernetes, read into the fabric8 Kubernetes
 * model without kubectl: the kustomizations there only gather resources and components, so the output
 * is the union of their files. A kustomization using anything more (patches, name prefixes, images …)
 * is refused, so that this reader never silently disagrees with kustomize; KubernetesManifestsTest
 * compares the two where kubectl is installed.
 */
final class Kustomization {

    private static final Set<String> UNDERSTOOD = Set.of("apiVersion", "kind", "resources", "components");
    private static final KubernetesSerialization SERIALIZATION = new KubernetesSerialization();

    private Kustomization() {
    }

    /** Every object the kustomization in {@code directory} renders, in file order. */
    static List<HasMetadata> render(Path directory) {
        List<HasMetadata> objects = new ArrayList<>();
        Map<String, Object> kustomization = read(directory.resolve("kustomization.yaml"));
        for (String key : kustomization.keySet()) {
            if (!UNDERSTOOD.contains(key)) {
                throw new IllegalStateException(directory + "/kustomization.yaml uses '" + key + "', which this reader "
                        + "does not apply; extend Kustomization (test) or render with kubectl kustomize");
            }
        }
        for (String entry : entries(kustomization, "resources")) {
            Path resource = directory.resolve(entry).normalize();
            if (Files.isDirectory(resource)) {
                objects.addAll(render(resource));
            } else {
                objects.addAll(objectsIn(resource));
            }
        }
        for (String entry : entries(kustomization, "components")) {
            objects.addAll(render(directory.resolve(entry).normalize()));
        }
        return objects;
    }

    /** The objects of one manifest file (several documents separated by ---). */
    static List<HasMetadata> objectsIn(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            Object parsed = SERIALIZATION.unmarshal(in);
            if (parsed instanceof List<?> list) {
                return list.stream().map(HasMetadata.class::cast).toList();
            }
            return List.of((HasMetadata) parsed);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A YAML file as a tree of maps and lists. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return SERIALIZATION.unmarshal(in, Map.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    private static List<String> entries(Map<String, Object> kustomization, String key) {
        Object value = kustomization.get(key);
        return value == null ? List.of() : (List<String>) value;
    }
}
