package io.videogen.application.render;

import io.videogen.application.port.out.AvatarAnimator.AvatarPerformance;
import io.videogen.application.port.out.AvatarAnimator.Picture;
import io.videogen.application.port.out.VideoComposer.SceneLead;
import io.videogen.application.port.out.VideoComposer.SegmentPlan;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * A scene's lead (ADR 0041): the fade's frames before its first caption, coded as a segment artefact
 * of their own and named by exactly what they show — the two pictures and where they stand, the
 * fade's length, the frame, the coding, the presenter's poses on those frames — not by the scene's
 * words. A re-render after the words changed finds the lead made and codes only the rest of the scene.
 * Decided here, when a scene's plan is made, for the render that encodes it and for the task it hands
 * out alike (the brief carries the lead).
 */
final class SceneLeads {

    /** Fewer frames than this are not worth a key frame of their own. */
    static final int SHORTEST = 3;

    private SceneLeads() {
    }

    /**
     * The plan with its lead, or as it is when its fade shows a caption within its first
     * {@link #SHORTEST} frames (or it has no fade).
     *
     * @param background how the scene's segment names its background (the still, and a clip's bytes)
     */
    static SegmentPlan withLead(RenderContext ctx, SegmentPlan plan, Object background) throws IOException {
        int frames = plan.captionFreeFadeFrames();
        if (frames < SHORTEST) {
            return plan;
        }
        // A moving background's first frames depend on the scene's index and length (its Ken Burns move).
        boolean moving = plan.kenBurns() || plan.clip() != null;
        Path file = ctx.keys().segment("lead", ctx.spec().config(), background, plan.previousStill().getFileName(),
                plan.transition().toNanos(), plan.kenBurns() ? "ken-burns-2" : false,
                moving ? plan.sceneIndex() + "/" + plan.frameCount() + "/" + plan.clipFit() : "-", frames,
                poses(plan.avatar(), frames));
        ctx.trace().leadLookup(plan.sceneIndex(), Files.exists(file));
        return plan.withLead(new SceneLead(file, frames));
    }

    /** The presenter as the lead's frames show it: where, and every frame's pose by its pixels. */
    private static String poses(AvatarPerformance avatar, int frames) {
        if (avatar == null) {
            return "-";
        }
        StringBuilder shown = new StringBuilder(avatar.x() + "," + avatar.y());
        Map<Picture, String> digests = new IdentityHashMap<>();
        for (int frame = 0; frame < frames; frame++) {
            shown.append(':').append(digests.computeIfAbsent(avatar.poseAt(frame), SceneLeads::digest));
        }
        return shown.toString();
    }

    private static String digest(Picture pose) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            ByteBuffer pixels = ByteBuffer.allocate(8 + 4 * pose.argb().length);
            pixels.putInt(pose.width()).putInt(pose.height());
            pixels.asIntBuffer().put(pose.argb());   // the view starts after the two ints
            return HexFormat.of().formatHex(digest.digest(pixels.array()), 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
