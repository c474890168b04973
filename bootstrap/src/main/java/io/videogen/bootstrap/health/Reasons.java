package io.videogen.bootstrap.health;

import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;

/** Every check that turns DOWN says why, in a {@code reason} an operator can act on. */
final class Reasons {

    static final String REASON = "reason";

    private Reasons() {
    }

    static HealthCheckResponse down(HealthCheckResponseBuilder check, String reason) {
        return check.down().withData(REASON, reason).build();
    }

    static String megabytes(long bytes) {
        return (bytes / (1024 * 1024)) + " MB";
    }
}
