package io.videogen.infrastructure.media;

import io.videogen.application.port.out.RenderStepException;

/**
 * An uploaded file is not the media it claims to be, or is damaged. The message says what is
 * wrong in terms the uploader can act on. A render step meeting such a file fails for good: trying
 * again cannot change the file.
 */
public class InvalidMediaException extends RenderStepException {

    public InvalidMediaException(String message) {
        super(message, false);
    }

    public InvalidMediaException(String message, Throwable cause) {
        super(message, false, cause);
    }
}
