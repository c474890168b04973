package io.videogen.application.port.out;

import io.videogen.domain.video.Script;
import io.videogen.domain.video.VideoSpec;

/**
 * Prepares the script a render narrates. Offline it keeps the user's own text; a language-model
 * adapter may polish or expand it.
 */
public interface ScriptWriter {

    Script write(VideoSpec spec);

    /** The same for a render whose provider calls are made with this account. */
    default Script write(VideoSpec spec, ProviderAccount account) {
        return write(spec);
    }
}
