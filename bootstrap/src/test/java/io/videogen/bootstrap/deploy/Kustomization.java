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
 * model without kubectl: the kustomizations there mostly gather resources and components, so the output
 * is the union of their files, with the few patches KustomizePatches reads applied. A kustomization using
 * anything more (other patches, name prefixes, images …) is refused, so that this reader never silently disagrees with kustomize; KubernetesManifestsTest
 * compares the two where kubectl is installed.
 */
final class Kustomization {

    private static final Set<String> UNDERSTOOD = Set.of("apiVersion", "kind", "resources", "components",
            "patches");
    private static final KubernetesSerialization SERIALIZATION = new KubernetesSerialization();

    private Kustomization() {
    }

    /** Every object the kustomization in {@code directory} renders, in file order. */
    static List<HasMetadata> render(Path directory) {
        return render(directory, List.of()).stream()
                .map(tree -> (HasMetadata) SERIALIZATION.unmarshal(SERIALIZATION.asJson(tree))).toList();
    }

    /**
     * kustomize's order: the objects gathered so far (a component's parent's), then the kustomization's
     * own resources, then each component over all of these, then its own patches. Objects stay trees of
     * maps and lists until the end: patches apply to those.
     */
    private static List<Map<String, Object>> render(Path directory, List<Map<String, Object>> gathered) {
        Map<String, Object> kustomization = read(directory.resolve("kustomization.yaml"));
        for (String key : kustomization.keySet()) {
            if (!UNDERSTOOD.contains(key)) {
                throw new IllegalStateException(directory + "/kustomization.yaml uses '" + key + "', which this reader "
                        + "does not apply; extend Kustomization (test) or render with kubectl kustomize");
            }
        }
        List<Map<String, Object>> objects = new ArrayList<>(gathered);
        for (String entry : Kustomization.<String>entries(kustomization, "resources")) {
            Path resource = directory.resolve(entry).normalize();
            objects.addAll(Files.isDirectory(resource) ? render(resource, List.of()) : treesIn(resource));
        }
        for (String entry : Kustomization.<String>entries(kustomization, "components")) {
            objects = render(directory.resolve(entry).normalize(), objects);
        }
        for (Map<String, Object> patch : Kustomization.<Map<String, Object>>entries(kustomization, "patches")) {
            objects = KustomizePatches.apply(objects, directory, patch);
        }
        return objects;
    }

    /** The documents of one manifest file (separated by ---), as trees. */
    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> treesIn(Path file) {
        try {
            List<Map<String, Object>> trees = new ArrayList<>();
            for (String document : Files.readString(file).split("(?m)^---\\s*$")) {
                Map<String, Object> tree = SERIALIZATION.unmarshal(document, Map.class);
                if (tree != null) {
                    trees.add(tree);
                }
            }
            return trees;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
    private static <T> List<T> entries(Map<String, Object> kustomization, String key) {
        Object value = kustomization.get(key);
        return value == null ? List.of() : (List<T>) value;
    }
}
