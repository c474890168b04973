package io.videogen.bootstrap.embedded;

import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigValue;
import java.nio.file.Path;

/**
 * Where and how the embedded PostgreSQL runs.
 *
 * @param dataDirectory the cluster's directory, kept between restarts
 * @param port          0 picks a free port
 * @param temporary     a throw-away cluster in a temporary directory, deleted at exit (default in tests)
 */
record EmbeddedPostgresSettings(Path dataDirectory, int port, boolean temporary) {

    static final int DEFAULT_PORT = 54329;

    /** Tests get a throw-away cluster on a free port by default: they never touch the user's data. */
    static EmbeddedPostgresSettings from(ConfigSourceContext context) {
        Path dataDir = Path.of(text(context, "videogen.data-dir", "./.videogen"));
        boolean temporary = Boolean.parseBoolean(text(context, "videogen.embedded.postgres.temporary",
                String.valueOf(context.getProfiles().contains("test"))));
        int port = Integer.parseInt(text(context, "videogen.embedded.postgres.port",
                String.valueOf(temporary ? 0 : DEFAULT_PORT)));
        return new EmbeddedPostgresSettings(dataDir.resolve("postgres").toAbsolutePath().normalize(), port, temporary);
    }

    static boolean isSet(ConfigSourceContext context, String name) {
        String value = context.getValue(name) == null ? null : context.getValue(name).getValue();
        return value != null && !value.isBlank();
    }

    private static String text(ConfigSourceContext context, String name, String fallback) {
        ConfigValue value = context.getValue(name);
        return value == null || value.getValue() == null || value.getValue().isBlank() ? fallback : value.getValue();
    }
}
