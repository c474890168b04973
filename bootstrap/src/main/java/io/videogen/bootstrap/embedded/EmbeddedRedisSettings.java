package io.videogen.bootstrap.embedded;

import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigValue;
import java.nio.file.Path;

/**
 * Where and how the embedded Redis runs.
 *
 * @param dataDirectory its working directory and configuration file
 * @param port          0 picks a free port
 * @param temporary     a throw-away directory, deleted at exit (default in tests)
 */
record EmbeddedRedisSettings(Path dataDirectory, int port, boolean temporary) {

    static EmbeddedRedisSettings from(ConfigSourceContext context) {
        Path dataDir = Path.of(text(context, "videogen.data-dir", "./.videogen"));
        boolean temporary = Boolean.parseBoolean(text(context, "videogen.embedded.redis.temporary",
                String.valueOf(context.getProfiles().contains("test"))));
        int port = Integer.parseInt(text(context, "videogen.embedded.redis.port", "0"));
        return new EmbeddedRedisSettings(dataDir.resolve("redis").toAbsolutePath().normalize(), port, temporary);
    }

    private static String text(ConfigSourceContext context, String name, String fallback) {
        ConfigValue value = context.getValue(name);
        return value == null || value.getValue() == null || value.getValue().isBlank() ? fallback : value.getValue();
    }
}
