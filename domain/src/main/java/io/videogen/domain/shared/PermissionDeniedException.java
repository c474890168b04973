package io.videogen.domain.shared;

/** The caller is known but their role does not allow the action. */
public class PermissionDeniedException extends DomainException {

    public PermissionDeniedException(String message) {
        super("FORBIDDEN", message);
    }
}
