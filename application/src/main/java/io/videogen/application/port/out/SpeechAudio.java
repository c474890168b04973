package io.videogen.application.port.out;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * The sound files speech is kept in (WAV offline): how long a clip lasts, and clips laid on a
 * silent track at exact times — a scene's narration for the presenter's lips, the whole video's for
 * the soundtrack. Clips are placed by sample offset from the start, so rounding never accumulates.
 */
public interface SpeechAudio {

    /** How long the clip lasts; fails when the file is not a clip this adapter reads. */
    Duration length(Path clip) throws IOException;

    /**
     * Writes a track {@code length} long, silent but for each clip from its time on, in the format
     * of the first clip (all must share it); written whole or not at all.
     *
     * @throws RenderStepException when a clip cannot be read or the clips disagree on their format
     */
    void lay(List<Placement> clips, Duration length, Path target) throws IOException;

    /** A clip and when it starts on the track. */
    record Placement(Path clip, Duration at) {
    }
}
