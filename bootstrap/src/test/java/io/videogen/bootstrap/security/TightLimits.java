package io.videogen.bootstrap.security;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/**
 * Small limits that a test reaches in a few requests and that refill slowly, a lockout of two seconds, and client
 * addresses taken from X-Forwarded-For, so each test plays its own clients without touching the
 * others' buckets.
 */
public class TightLimits implements QuarkusTestProfile {

    static final int AUTH_BURST = 8;
    static final int READ_BURST = 5;
    /** One token back a minute: no test runs long enough to see a refill change its count. */
    static final int REFILL_PER_MINUTE = 1;
    static final int ACCOUNT_FAILURES = 3;
    static final int ADDRESS_FAILURES = 5;

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.ofEntries(
                Map.entry("videogen.rate-limit.auth.capacity", String.valueOf(AUTH_BURST)),
                Map.entry("videogen.rate-limit.auth.per-minute", String.valueOf(REFILL_PER_MINUTE)),
                Map.entry("videogen.rate-limit.read.capacity", String.valueOf(READ_BURST)),
                Map.entry("videogen.rate-limit.read.per-minute", String.valueOf(REFILL_PER_MINUTE)),
                Map.entry("videogen.auth.lockout.account-failures", String.valueOf(ACCOUNT_FAILURES)),
                Map.entry("videogen.auth.lockout.address-failures", String.valueOf(ADDRESS_FAILURES)),
                Map.entry("videogen.auth.lockout.window", "PT1M"),
                Map.entry("videogen.auth.lockout.duration", "PT2S"),
                Map.entry("quarkus.http.proxy.proxy-address-forwarding", "true"),
                Map.entry("quarkus.http.proxy.allow-x-forwarded", "true"));
    }
}
