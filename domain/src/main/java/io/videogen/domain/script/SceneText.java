package io.videogen.domain.script;

import io.videogen.domain.shared.InvalidValueException;
import io.videogen.domain.speech.SpeechPauses;
import java.util.List;
import java.util.Objects;

/**
 * A scene once its markdown is gone: the text the narrator speaks (single spaces, no markup) and the
 * caption cues that show exactly those words, in order (a written pause, {@code [pause 500ms]}, is
 * spoken as silence and shown as nothing).
 */
public record SceneText(String spokenText, List<CaptionCue> cues) {

    public SceneText {
        Objects.requireNonNull(spokenText, "spokenText");
        cues = List.copyOf(cues);
        for (int i = 0; i < cues.size(); i++) {
            if (cues.get(i).index() != i) {
                throw new InvalidValueException("cues",
                        "cue " + i + " is numbered " + cues.get(i).index() + "; number cues 0.." + (cues.size() - 1));
            }
        }
        String captioned = String.join(" ", cues.stream().map(CaptionCue::text).toList());
        if (!captioned.equals(SpeechPauses.strip(spokenText))) {
            throw new InvalidValueException("cues",
                    "the cues say \"" + captioned + "\" but the scene says \"" + spokenText
                            + "\"; captions must show the spoken words in order");
        }
    }

    public boolean isEmpty() {
        return SpeechPauses.strip(spokenText).isEmpty();
    }
}
