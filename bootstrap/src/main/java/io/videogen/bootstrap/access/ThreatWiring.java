package io.videogen.bootstrap.access;

import io.videogen.application.access.AddressRules;
import io.videogen.application.port.out.Clock;
import io.videogen.application.port.out.SecurityEventLog;
import io.videogen.application.port.out.ThreatCounter;
import io.videogen.application.threat.ThreatDetectors;
import io.videogen.application.threat.ThreatThresholds;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.util.Optional;

/** The threat detectors, with thresholds from {@code videogen.threats.*}. */
class ThreatWiring {

    @Produces
    @Singleton
    ThreatDetectors threatDetectors(SecurityEventLog log, ThreatCounter counter, Clock clock, ThreatConfig config,
                                    AddressRules rules) {
        ThreatThresholds thresholds = new ThreatThresholds(config.credentialStuffing().accounts(),
                config.credentialStuffing().window(), config.idEnumeration().misses(), config.idEnumeration().window(),
                config.uploadAbuse().refusals(), config.uploadAbuse().window(), config.blockFor());
        return new ThreatDetectors(log, counter, clock, thresholds, Optional.of(rules));
    }
}
