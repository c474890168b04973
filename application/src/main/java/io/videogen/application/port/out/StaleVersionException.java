package io.videogen.application.port.out;

/** Somebody else changed the thing first; reload it and try again. */
public class StaleVersionException extends RuntimeException {

    public StaleVersionException(String what) {
        super(what + " was changed by someone else; load it again and retry");
    }
}
