package io.videogen.application.threat;

import java.time.Duration;
import java.util.Optional;

/**
 * When a pattern counts as an attack, and for how long its address is denied (empty: never).
 * Refresh-token reuse needs no threshold (one is enough) and never blocks an address, since the
 * owner and the thief share nothing but the token.
 */
public record ThreatThresholds(int stuffingAccounts, Duration stuffingWindow, int enumerationMisses,
                               Duration enumerationWindow, int uploadRefusals, Duration uploadWindow,
                               Optional<Duration> blockFor) {

    public static ThreatThresholds defaults() {
        return new ThreatThresholds(10, Duration.ofMinutes(10), 20, Duration.ofMinutes(1), 10,
                Duration.ofMinutes(10), Optional.empty());
    }
}
