package io.videogen.application.port.out;

import io.videogen.domain.video.Script;
import io.videogen.domain.video.VideoSpec;

/**
 * Prepares the script a render narrates. Offline it keeps the user's own text; a language-model
 * adapter may polish or expand it.
 */
public interface ScriptWriter {

    Script write(VideoSpec spec);
}
