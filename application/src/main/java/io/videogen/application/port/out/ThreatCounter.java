package io.videogen.application.port.out;

import io.videogen.domain.audit.ThreatKind;

/** {@code videogen_threats_total{kind}}. */
public interface ThreatCounter {

    void detected(ThreatKind kind);
}
