package io.videogen.bootstrap.console;

import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;
import io.smallrye.config.common.MapBackedConfigSource;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * Defaults that depend on where the service runs, so that {@code ./videogen serve} on a terminal is
 * pleasant to watch and a container still writes what a log pipeline expects:
 * <ul>
 *   <li>log lines are text on a terminal and JSON otherwise; {@code VIDEOGEN_LOG_FORMAT} =
 *       {@code json}, {@code text} or {@code auto} (the default) decides it (the container image
 *       sets {@code json});</li>
 *   <li>with no OTLP endpoint configured there is nobody to send traces to, so the OpenTelemetry
 *       SDK is off instead of failing to export every few seconds.</li>
 * </ul>
 * Below application.properties and every source an operator sets (environment, system
 * properties), so an explicit {@code QUARKUS_LOG_CONSOLE_JSON_ENABLED} or
 * {@code QUARKUS_OTEL_SDK_DISABLED} still wins. Registered in
 * META-INF/services/io.smallrye.config.ConfigSourceFactory.
 */
public final class ConsoleDefaultsConfigSourceFactory implements ConfigSourceFactory {

    static final int ORDINAL = 200;
    static final String LOG_FORMAT = "videogen.log.format";
    static final String JSON_ENABLED = "quarkus.log.console.json.enabled";
    static final String SDK_DISABLED = "quarkus.otel.sdk.disabled";

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        Map<String, String> defaults = new HashMap<>();
        defaults.put(JSON_ENABLED, String.valueOf(LogFormat.parse(text(context, LOG_FORMAT))
                .json(System.console() != null)));
        if (exporterWithoutEndpoint(context)) {
            defaults.put(SDK_DISABLED, "true");
        }
        return List.of(new MapBackedConfigSource("videogen console defaults", defaults, ORDINAL) {
        });
    }

    /** The OTLP exporter is built in but nobody said where to send to (tests export in memory). */
    static boolean exporterWithoutEndpoint(ConfigSourceContext context) {
        boolean exporterOff = "false".equalsIgnoreCase(text(context, "quarkus.otel.exporter.otlp.enabled"))
                || context.getProfiles().contains("test");
        return !exporterOff && text(context, "quarkus.otel.exporter.otlp.endpoint") == null
                && text(context, "quarkus.otel.exporter.otlp.traces.endpoint") == null;
    }

    private static String text(ConfigSourceContext context, String name) {
        ConfigValue value = context.getValue(name);
        return value == null || value.getValue() == null || value.getValue().isBlank() ? null : value.getValue();
    }

    @Override
    public OptionalInt getPriority() {
        return OptionalInt.of(ORDINAL);
    }
}
