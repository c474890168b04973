package io.videogen.domain.shared;

/** A value was rejected where it was made; the message says what to change. */
public class InvalidValueException extends DomainException {

    private final String field;

    public InvalidValueException(String field, String message) {
        this("VALIDATION_FAILED", field, message);
    }

    protected InvalidValueException(String code, String field, String message) {
        super(code, message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
