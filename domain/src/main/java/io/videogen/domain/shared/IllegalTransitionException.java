package io.videogen.domain.shared;

/** The thing asked for is not allowed in the object's current state. */
public class IllegalTransitionException extends DomainException {

    public IllegalTransitionException(String message) {
        super("RESOURCE_CONFLICT", message);
    }
}
