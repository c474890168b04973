package io.videogen.application.port.out;

/** A unique thing already exists. */
public class DuplicateException extends RuntimeException {

    public DuplicateException(String message) {
        super(message);
    }
}
