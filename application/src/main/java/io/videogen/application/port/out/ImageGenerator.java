package io.videogen.application.port.out;

import io.videogen.domain.media.Resolution;
import java.nio.file.Path;

/**
 * One image-generation provider. Blocking. Writes the picture it made for a prompt (about the
 * frame's shape) to a file; fails like every provider link ({@link ProviderUnavailableException},
 * {@link UnusableAnswerException}) and leaves no file behind when it does.
 */
public interface ImageGenerator {

    String provider();

    /** What shapes the pictures besides prompt and size (kind, server, model), for cache keys. */
    String fingerprint();

    void generate(String prompt, Resolution frame, Path file);
}
