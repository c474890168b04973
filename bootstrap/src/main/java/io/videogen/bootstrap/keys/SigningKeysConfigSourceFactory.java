package io.videogen.bootstrap.keys;

import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;
import io.smallrye.config.common.MapBackedConfigSource;
import io.videogen.infrastructure.security.SigningKeyRing;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * Makes sure the token signing keys exist before SmallRye JWT reads its configuration: on the first
 * start they are generated into {@code <data-dir>/keys} (or {@code videogen.auth.key-directory}),
 * and the verifier is pointed at the public key set there. Registered in
 * META-INF/services/io.smallrye.config.ConfigSourceFactory.
 */
public final class SigningKeysConfigSourceFactory implements ConfigSourceFactory {

    private static final int ORDINAL = 275;

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        Path directory = Path.of(text(context, "videogen.auth.key-directory",
                text(context, "videogen.data-dir", "./.videogen") + "/keys")).toAbsolutePath().normalize();
        Duration rotation = Duration.parse(text(context, "videogen.auth.key-rotation", "P90D"));
        Duration lifetime = Duration.parse(text(context, "videogen.auth.access-token-lifetime", "PT15M"));
        SigningKeyRing ring = SigningKeyRing.open(directory, rotation, lifetime, Instant.now());
        return List.of(new MapBackedConfigSource("videogen signing keys", Map.of(
                "videogen.auth.key-directory", directory.toString(),
                "mp.jwt.verify.publickey.location", ring.publicKeySetFile().toUri().toString()), ORDINAL) {
        });
    }

    @Override
    public OptionalInt getPriority() {
        return OptionalInt.of(ORDINAL);
    }

    private static String text(ConfigSourceContext context, String name, String fallback) {
        ConfigValue value = context.getValue(name);
        return value == null || value.getValue() == null || value.getValue().isBlank() ? fallback : value.getValue();
    }
}
