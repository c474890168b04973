package io.videogen.bootstrap.deploy;

import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The two kinds of kustomize patch deploy/kubernetes uses, applied as kustomize applies them: a patch
 * file that is one object with {@code $patch: delete} (no target) removes that object, and a patch with a
 * {@code target} (kind and name) and a JSON 6902 operation list ({@code test}, {@code add},
 * {@code replace}) changes the one object it names. Anything else is refused, so that this reader never
 * silently disagrees with kustomize.
 */
final class KustomizePatches {

    private static final KubernetesSerialization SERIALIZATION = new KubernetesSerialization();

    private KustomizePatches() {
    }

    /** {@code objects} with the patch entry of a kustomization in {@code directory} applied. */
    static List<Map<String, Object>> apply(List<Map<String, Object>> objects, Path directory,
            Map<String, Object> entry) {
        Object path = entry.get("path");
        if (path == null || !entry.keySet().stream().allMatch(key -> key.equals("path") || key.equals("target"))) {
            throw new IllegalStateException(directory + ": only patches with a path (and a target) are read: " + entry);
        }
        Path file = directory.resolve((String) path);
        Map<String, String> target = cast(entry.get("target"));
        if (target == null) {
            return deleted(objects, file);
        }
        List<Map<String, Object>> matching = objects.stream()
                .filter(object -> is(object, target.get("kind"), target.get("name"))).toList();
        if (matching.size() != 1) {
            throw new IllegalStateException(file + ": " + matching.size() + " objects match " + target);
        }
        for (Map<String, Object> operation : KustomizePatches.<List<Map<String, Object>>>cast(read(file))) {
            operate(matching.get(0), operation, file);
        }
        return objects;
    }

    private static boolean is(Map<String, Object> object, Object kind, Object name) {
        Map<String, Object> metadata = cast(object.get("metadata"));
        return object.get("kind").equals(kind) && metadata.get("name").equals(name);
    }

    private static List<Map<String, Object>> deleted(List<Map<String, Object>> objects, Path file) {
        Map<String, Object> patch = cast(read(file));
        Map<String, Object> metadata = cast(patch.get("metadata"));
        if (!"delete".equals(patch.get("$patch"))) {
            throw new IllegalStateException(file + ": a patch without a target must be a '$patch: delete'");
        }
        List<Map<String, Object>> kept = objects.stream()
                .filter(object -> !is(object, patch.get("kind"), metadata.get("name"))).toList();
        if (kept.size() == objects.size()) {
            throw new IllegalStateException(file + ": nothing to delete");
        }
        return kept;
    }

    private static void operate(Map<String, Object> tree, Map<String, Object> operation, Path file) {
        String[] steps = ((String) operation.get("path")).substring(1).split("/");
        Object parent = tree;
        for (int i = 0; i < steps.length - 1; i++) {
            parent = parent instanceof List<?> list ? list.get(Integer.parseInt(steps[i]))
                    : KustomizePatches.<Map<String, Object>>cast(parent).get(steps[i]);
        }
        String last = steps[steps.length - 1];
        Object value = operation.get("value");
        switch ((String) operation.get("op")) {
            case "test" -> {
                Object actual = parent instanceof List<?> list ? list.get(Integer.parseInt(last))
                        : KustomizePatches.<Map<String, Object>>cast(parent).get(last);
                if (!Objects.equals(actual, value)) {
                    throw new IllegalStateException(file + ": test of " + operation.get("path") + " failed: " + actual);
                }
            }
            case "add" -> {
                if (parent instanceof List<?> list) {
                    List<Object> items = cast(list);
                    items.add(last.equals("-") ? items.size() : Integer.parseInt(last), value);
                } else {
                    KustomizePatches.<Map<String, Object>>cast(parent).put(last, value);
                }
            }
            case "replace" -> {
                if (parent instanceof List<?> list) {
                    KustomizePatches.<List<Object>>cast(list).set(Integer.parseInt(last), value);
                } else {
                    KustomizePatches.<Map<String, Object>>cast(parent).put(last, value);
                }
            }
            default -> throw new IllegalStateException(file + ": operation " + operation.get("op") + " is not read");
        }
    }

    private static Object read(Path file) {
        try {
            return SERIALIZATION.unmarshal(Files.readString(file), Object.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    private static <T> T cast(Object value) {
        return (T) value;
    }
}
