package io.videogen.application.port.out;

/**
 * The database refused a value of a request as data it cannot hold (a character it does not store,
 * a number beyond its column): the client's to change, not an outage. The boundary checks of the
 * API refuse such values first, naming the field; this is the net below them.
 */
public class RejectedValueException extends RuntimeException {

    public RejectedValueException(String message, Throwable cause) {
        super(message, cause);
    }
}
