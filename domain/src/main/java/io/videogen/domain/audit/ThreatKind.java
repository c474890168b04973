package io.videogen.domain.audit;

/** The attack patterns the detectors look for; the names are the metric's {@code kind} label. */
public enum ThreatKind {
    /** Sign-ins failing for many different accounts from one address. */
    CREDENTIAL_STUFFING("credential-stuffing"),
    /** A run of 404s on resource ids from one address: someone guessing ids. */
    ID_ENUMERATION("id-enumeration"),
    /** A spent refresh token presented again: it was stolen, or the client is broken. */
    REFRESH_TOKEN_REUSE("refresh-token-reuse"),
    /** Many refused uploads (too large, wrong type, unreadable) from one address. */
    UPLOAD_ABUSE("upload-abuse");

    private final String label;

    ThreatKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
