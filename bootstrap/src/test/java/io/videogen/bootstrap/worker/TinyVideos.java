package io.videogen.bootstrap.worker;

import io.videogen.application.port.in.ScriptSource;
import io.videogen.application.port.in.VideoDraft;
import io.videogen.domain.media.VideoConfig;
import io.videogen.domain.user.Caller;
import io.videogen.domain.user.Role;
import io.videogen.domain.user.UserId;
import io.videogen.domain.video.VideoTitle;
import java.util.Map;
import java.util.Set;

/** The smallest videos worth rendering: two short scenes, 320x180, draft quality; and one that takes a while. */
final class TinyVideos {

    static final Caller OWNER = new Caller(UserId.random(), Set.of(Role.CREATOR));

    private TinyVideos() {
    }

    static VideoDraft draft(String title) {
        return new VideoDraft(new VideoTitle(title), new ScriptSource.PlainText(
                "A worker renders this scene.\n\n---\n\nThen it renders this one and stops."),
                Map.of(), null, new VideoDraft.Look(VideoConfig.of("320x180", null, 15, "draft"), null, null, null),
                null, null, null);
    }

    /**
     * Long enough to be cancelled while its scenes are being encoded: four scenes, about 36 s at 30 frames a
     * second, with Ken Burns, so every frame is encoded however little the pictures change. (A cancel lands a
     * few hundred milliseconds after the test hears the composition start; this composition takes seconds.)
     */
    static VideoDraft longerDraft() {
        return new VideoDraft(new VideoTitle("Cancelled mid-render"), new ScriptSource.PlainText(
                "This scene talks for a while, so that the encoder has plenty of frames to write. "
                        + "It goes on about nothing in particular, sentence after sentence.\n\n---\n\n"
                        + "The second scene is just as long, and it will never be finished, because somebody "
                        + "cancels the video while it is still being encoded.\n\n---\n\n"
                        + "A third scene follows, about the weather, the sea and a lighthouse keeper who counts "
                        + "the ships that pass his rock at night.\n\n---\n\n"
                        + "The fourth and last scene thanks everybody for watching a video that nobody will see "
                        + "to its end, and says goodbye twice."),
                Map.of(), null, new VideoDraft.Look(VideoConfig.of("320x180", null, 30, "standard"), null,
                        new VideoDraft.Motion(true, null, null), null),
                null, null, null);
    }
}
