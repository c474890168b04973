package io.videogen.application.render;

import io.videogen.application.port.out.AvatarAnimator.AvatarPerformance;
import io.videogen.application.port.out.RenderStepException;
import io.videogen.domain.avatar.AvatarLook;
import io.videogen.domain.video.Stage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * What the avatar stage hands on: the presenter's performance of each scene that shows one. A
 * performance is a handful of drawn poses held in memory, so it is made once per render, and only
 * when it is needed: a render resumed after its avatar stage finished makes only those of scenes
 * whose segment is still to be encoded.
 */
final class Performances {

    private final RenderContext ctx;
    private final Narration narration;
    private final Map<Integer, AvatarPerformance> made = new HashMap<>();

    Performances(RenderContext ctx, Narration narration) {
        this.ctx = ctx;
        this.narration = narration;
    }

    /** When the presenter blinks in a scene: fixed per video and scene, different between videos. */
    static long blinkSeed(RenderContext ctx, int sceneIndex) {
        return ctx.videoId().value().getMostSignificantBits() ^ ctx.videoId().value().getLeastSignificantBits()
                ^ (sceneIndex * 0x9E3779B97F4A7C15L);
    }

    /** The scene's performance, made now if it was not yet. */
    synchronized AvatarPerformance of(int sceneIndex) throws IOException {
        AvatarPerformance known = made.get(sceneIndex);
        if (known != null) {
            return known;
        }
        SceneTimeline timeline = narration.scene(sceneIndex);
        AvatarLook look = ctx.avatarLook();
        Path portrait = look instanceof AvatarLook.Portrait p ? ctx.assets().of(sceneIndex, p.assetId()) : null;
        Path sceneSpeech = ctx.keys().sceneNarration(sceneIndex);
        ctx.engine().audio().lay(timeline.placements(SceneTimeline.LEAD_IN.negated()),
                timeline.duration().minus(SceneTimeline.LEAD_IN), sceneSpeech);
        try {
            AvatarPerformance performance = ctx.trace().provider("avatar", "avatar.perform",
                    () -> ctx.engine().animator().perform(look, portrait, ctx.spec().avatarConfig(),
                            ctx.spec().config().resolution(), timeline.speech(sceneSpeech),
                            SceneTimeline.LEAD_IN.toNanos() / 1e9, timeline.frameCount(), ctx.spec().config().fps(),
                            blinkSeed(ctx, sceneIndex)));
            made.put(sceneIndex, performance);
            return performance;
        } catch (RenderStepException e) {
            throw new SceneFailure(Stage.AVATAR, sceneIndex, e.getMessage(), e.retryable(), e);
        }
    }
}
