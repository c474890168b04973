package io.videogen.bootstrap.security;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;
import java.util.Set;

/**
 * The application with a {@link MovableClock}, for flows that depend on time (TOTP steps, token
 * lifetimes, rules that expire), and client addresses taken from X-Forwarded-For so a test can play
 * clients from several networks; the id-enumeration detector at its default threshold.
 */
public class ControlledClock implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("quarkus.http.proxy.proxy-address-forwarding", "true",
                "quarkus.http.proxy.allow-x-forwarded", "true",
                "videogen.threats.id-enumeration.misses", "20",
                // a lockout that outlasts a slow machine's pause between the last failure and the check
                "videogen.auth.lockout.duration", "PT1M");
    }

    @Override
    public Set<Class<?>> getEnabledAlternatives() {
        return Set.of(MovableClock.class);
    }
}
