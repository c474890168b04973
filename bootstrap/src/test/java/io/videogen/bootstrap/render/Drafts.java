package io.videogen.bootstrap.render;

import io.videogen.application.port.in.CaptionChoice;
import io.videogen.application.port.in.ScriptSource;
import io.videogen.application.port.in.VideoDraft;
import io.videogen.domain.media.VideoConfig;
import io.videogen.domain.media.Visual;
import io.videogen.domain.media.Voice;
import io.videogen.domain.shared.RgbColor;
import io.videogen.domain.video.Script.SceneDraft;
import io.videogen.domain.video.VideoTitle;
import java.util.List;
import java.util.Map;

/** Small drafts for renders on the real offline adapters. */
final class Drafts {

    static final VideoConfig SMALL = VideoConfig.of("320x180", "16:9", 15, "draft");

    private Drafts() {
    }

    static SceneDraft scene(String text, String title, String from, String to) {
        return new SceneDraft(text, null, title, new Visual.Gradient(RgbColor.parse(from, "from"),
                RgbColor.parse(to, "to")), null);
    }

    static VideoDraft of(List<SceneDraft> scenes) {
        return new VideoDraft(new VideoTitle("test"), new ScriptSource.Scenes(scenes), Map.of(), null,
                new VideoDraft.Look(SMALL, null, null, CaptionChoice.burnIn(true)), null, new VideoDraft.Sound(Voice.defaults(), null), null);
    }
}
