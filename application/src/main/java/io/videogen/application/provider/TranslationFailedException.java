package io.videogen.application.provider;

import io.videogen.application.port.out.UnusableAnswerException;

/**
 * No chat provider translated a video usably: every one failed, or the one that answered broke a
 * glossary term or a {@code {{variable}}} also when asked again. The video fails with
 * {@code TRANSLATION_FAILED}; retrying the video may help.
 */
public final class TranslationFailedException extends UnusableAnswerException {

    public TranslationFailedException(String message) {
        super(null, message);
    }
}
