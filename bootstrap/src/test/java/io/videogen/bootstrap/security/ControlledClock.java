package io.videogen.bootstrap.security;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Set;

/** The application with a {@link MovableClock}, for flows that depend on time (TOTP steps, token lifetimes). */
public class ControlledClock implements QuarkusTestProfile {

    @Override
    public Set<Class<?>> getEnabledAlternatives() {
        return Set.of(MovableClock.class);
    }
}
