package io.videogen.domain.shared;

/** The caller could not be identified: wrong credentials, or a token that is unknown, used or expired. */
public class AuthenticationFailedException extends DomainException {

    public AuthenticationFailedException(String message) {
        super("AUTHENTICATION_REQUIRED", message);
    }
}
