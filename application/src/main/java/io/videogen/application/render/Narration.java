package io.videogen.application.render;

import io.videogen.domain.video.SceneProvenance.VoiceMaker;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * What the voice stage hands on: each scene's timeline (its speech clips, when each starts, when
 * each caption shows) and the video's length, a whole number of frames.
 *
 * @param speechKeys per scene, the names of its clips: what its sound is made of
 * @param voices     per scene, who spoke it
 */
record Narration(List<SceneTimeline> timelines, List<String> speechKeys, List<VoiceMaker> voices, Duration duration) {

    Narration {
        timelines = List.copyOf(timelines);
        speechKeys = List.copyOf(speechKeys);
        voices = List.copyOf(voices);
    }

    SceneTimeline scene(int index) {
        return timelines.get(index);
    }

    String speechKey(int index) {
        return speechKeys.get(index);
    }

    /** Every scene's clips and where the scene starts: what the soundtrack is made of. */
    List<String> placedSpeech() {
        List<String> placed = new ArrayList<>();
        for (int i = 0; i < timelines.size(); i++) {
            placed.add(speechKeys.get(i) + "@" + timelines.get(i).start().toNanos());
        }
        return placed;
    }
}
