package io.videogen.application.port.out;

import io.videogen.domain.asset.AssetKind;
import java.nio.file.Path;

/**
 * Looks inside an uploaded file: decides its kind from the bytes and checks that its container,
 * codec and dimensions are what they claim, before anything else may use it.
 */
public interface MediaInspector {

    Inspection inspect(Path file);

    record Inspection(AssetKind kind, Integer width, Integer height, Long durationMs) {
    }

    /** The file is not an image or sound we accept; the message says why. */
    class RejectedMediaException extends RuntimeException {
        private final boolean unsupportedType;

        public RejectedMediaException(String message, boolean unsupportedType) {
            super(message);
            this.unsupportedType = unsupportedType;
        }

        /** True when the type itself is not accepted (415); false when the file is corrupt (400). */
        public boolean unsupportedType() {
            return unsupportedType;
        }
    }
}
