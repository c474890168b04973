package io.videogen.bootstrap.deploy;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithName;
import io.smallrye.config.WithParentName;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The configuration keys videogen reads, as the sources say them: every {@code @ConfigMapping} of the
 * five modules (walked by reflection, groups and maps included) and every key set in
 * application.properties; for Quarkus's own keys, those the properties file sets or names in its
 * comments, where the project documents the ones operators set. An environment variable is a key the
 * Quarkus way: upper case, every character other than a letter or digit an underscore.
 */
final class ConfigKeys {

    private static final List<String> MODULES = List.of("domain", "application", "infrastructure", "presentation",
            "bootstrap");
    private static final Pattern PROPERTY = Pattern.compile("^(?:%[\\w-]+\\.)?([a-z][\\w.\\-\"]*)\\s*=");
    private static final Pattern QUARKUS_ENV = Pattern.compile("\\bQUARKUS_[A-Z0-9_]+\\b");
    private static final Pattern QUARKUS_KEY = Pattern.compile("\\bquarkus\\.[a-z0-9.\\-]+[a-z0-9]");

    /** The media store's settings (StorageConfig, docs/adr/0023) that the S3 Secret must carry. */
    static final Set<String> STORAGE_KEYS = Set.of("videogen.storage.type", "videogen.storage.s3.endpoint",
            "videogen.storage.s3.region", "videogen.storage.s3.bucket", "videogen.storage.s3.access-key-id",
            "videogen.storage.s3.secret-access-key", "videogen.storage.s3.path-style");

    /** Keys, a trailing {@code *} standing for any name (a map's keys). */
    private final Set<String> keys = new HashSet<>();
    private final Set<String> quarkusEnvironment = new HashSet<>();

    private ConfigKeys() {
    }

    static ConfigKeys of(Path root) throws IOException {
        ConfigKeys found = new ConfigKeys();
        for (String module : MODULES) {
            Path sources = root.resolve(module).resolve("src/main/java");
            try (Stream<Path> files = Files.walk(sources)) {
                for (Path file : files.filter(path -> path.toString().endsWith(".java")).toList()) {
                    if (Files.readString(file).contains("@ConfigMapping(")) {
                        String name = sources.relativize(file).toString().replace('/', '.').replaceAll("\\.java$", "");
                        found.addMapping(load(name));
                    }
                }
            }
        }
        found.addProperties(root.resolve("bootstrap/src/main/resources/application.properties"));
        return found;
    }

    /** Whether this environment variable sets a key videogen or Quarkus reads. */
    boolean knows(String environmentVariable) {
        if (environmentVariable.startsWith("QUARKUS_")) {
            return quarkusEnvironment.contains(environmentVariable);
        }
        return keys.stream().anyMatch(key -> key.endsWith("*")
                ? environmentVariable.startsWith(environment(key.substring(0, key.length() - 1)))
                : environmentVariable.equals(environment(key)));
    }

    static String environment(String key) {
        return key.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "_");
    }

    private void addMapping(Class<?> mapping) {
        walk(mapping, mapping.getAnnotation(ConfigMapping.class).prefix());
    }

    private void walk(Class<?> group, String prefix) {
        for (Method method : group.getMethods()) {
            if (method.isDefault() || Modifier.isStatic(method.getModifiers()) || method.getParameterCount() > 0) {
                continue;
            }
            String key = method.isAnnotationPresent(WithParentName.class) ? prefix
                    : prefix + "." + (method.isAnnotationPresent(WithName.class)
                    ? method.getAnnotation(WithName.class).value() : kebab(method.getName()));
            add(method.getGenericReturnType(), key);
        }
    }

    private void add(Type type, String key) {
        if (type instanceof ParameterizedType generic) {
            Class<?> raw = (Class<?>) generic.getRawType();
            Type[] arguments = generic.getActualTypeArguments();
            if (raw == Optional.class) {
                add(arguments[0], key);
                return;
            }
            if (raw == Map.class) {
                keys.add(key + ".*");
                return;
            }
        }
        if (type instanceof Class<?> plain && plain.isInterface() && plain.getName().startsWith("io.videogen.")) {
            walk(plain, key);
            return;
        }
        keys.add(key);
    }

    private void addProperties(Path file) throws IOException {
        for (String line : Files.readAllLines(file)) {
            Matcher property = PROPERTY.matcher(line.strip());
            if (property.find()) {
                keys.add(property.group(1));
                quarkusEnvironment.add(environment(property.group(1)));
            }
            if (line.strip().startsWith("#")) {
                QUARKUS_ENV.matcher(line).results().forEach(match -> quarkusEnvironment.add(match.group()));
                QUARKUS_KEY.matcher(line).results().forEach(match -> quarkusEnvironment.add(environment(match.group())));
            }
        }
        quarkusEnvironment.removeIf(name -> !name.startsWith("QUARKUS_"));
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name);
        } catch (ClassNotFoundException e) {
            throw new UncheckedIOException(new IOException("a @ConfigMapping class is not on the test class path", e));
        }
    }

    private static String kebab(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
    }
}
