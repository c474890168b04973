package io.videogen.application.port.out;

import io.videogen.domain.media.Resolution;
import java.nio.file.Path;
import java.time.Duration;

/**
 * One video-clip provider. Blocking: a clip is made asynchronously by the provider (submitted, then
 * watched until it is done, then downloaded), and the call returns when the clip is in the file or
 * the job's deadline has passed. Fails like every provider link ({@link ProviderUnavailableException},
 * {@link UnusableAnswerException}) and leaves no file behind when it does.
 */
public interface ClipGenerator {

    String provider();

    /** What shapes the clips besides prompt, size and length (kind, server, model), for cache keys. */
    String fingerprint();

    /** The size and length this provider is asked for, for a frame and a scene of this length. */
    ClipShape shape(Resolution frame, Duration sceneLength);

    void generate(String prompt, ClipShape shape, Path file);

    /**
     * @param size    {@code WIDTHxHEIGHT} as the provider takes it
     * @param seconds the clip's length as asked (it is looped or trimmed to the scene)
     */
    record ClipShape(String size, int seconds) {
    }
}
