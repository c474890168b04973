package io.videogen.application.provider;

import io.videogen.application.port.out.MediaInspector;
import io.videogen.application.port.out.UnusableAnswerException;
import io.videogen.domain.asset.AssetKind;
import java.nio.file.Path;
import java.util.function.Predicate;

/**
 * What a media provider must send, checked by the media inspection an upload gets.
 *
 * @param capability the capability's name in the failure's message
 * @param kind       what the answer must be, e.g. {@code an image}
 * @param answer     what an unusable answer is called, e.g. {@code a picture}
 */
record ProviderAnswer(String capability, Predicate<AssetKind> fits, String kind, String answer) {

    static final ProviderAnswer IMAGE = new ProviderAnswer("image", AssetKind::isImage, "an image", "a picture");
    static final ProviderAnswer VIDEO = new ProviderAnswer("video", AssetKind::isVideo, "a video", "a clip");
    static final ProviderAnswer SPEECH = new ProviderAnswer("speech", AssetKind::isAudio, "audio", "audio");

    /** @throws UnusableAnswerException when the file is not of the kind, or cannot be used */
    void check(MediaInspector inspector, String provider, Path file) {
        try {
            if (!fits.test(inspector.inspect(file).kind())) {
                throw new UnusableAnswerException(provider, "provider '" + provider + "' (" + capability
                        + ") sent something that is not " + kind);
            }
        } catch (MediaInspector.RejectedMediaException e) {
            throw new UnusableAnswerException(provider, "provider '" + provider + "' (" + capability + ") sent "
                    + answer + " that cannot be used: " + e.getMessage());
        }
    }
}
