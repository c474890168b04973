package io.videogen.domain.shared;

/** The client changed an older version than the one stored (a stale ETag). */
public class VersionMismatchException extends DomainException {

    public VersionMismatchException(String kind, Object id, long expected, long actual) {
        super("PRECONDITION_FAILED", kind + " " + id + " is at version " + actual + ", not " + expected
                + "; fetch it again and retry with its current ETag");
    }
}
