package io.videogen.infrastructure.media;

/**
 * An uploaded file is not the media it claims to be, or is damaged. The message says what is
 * wrong in terms the uploader can act on.
 */
public class InvalidMediaException extends RuntimeException {

    public InvalidMediaException(String message) {
        super(message);
    }
}
