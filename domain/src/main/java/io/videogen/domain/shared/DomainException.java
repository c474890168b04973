package io.videogen.domain.shared;

/**
 * A business rule said no. Each subclass names the rule; {@link #code()} is the stable error code
 * clients see (see the error table of the API contract).
 */
public abstract class DomainException extends RuntimeException {

    private final String code;

    protected DomainException(String code, String message) {
        super(message);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
