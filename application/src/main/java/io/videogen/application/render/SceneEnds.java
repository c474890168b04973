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
 * A scene's ends: its lead (ADR 0041), the fade's frames before its first caption, and its tail
 * (ADR 0043), the frames after its last caption, each coded as a segment artefact of its own and named
 * by exactly what it shows — the pictures and where they stand, the fade's length, the frame, the
 * coding, the presenter's poses on those frames — not by the scene's words. A re-render after the words
 * changed finds them made and codes only the frames between. Decided here, when a scene's plan is
 * made, for the render that encodes it and for the task it hands out alike (the brief carries both).
 */
final class SceneEnds {

    /** Fewer frames than this are not worth a key frame of their own. */
    static final int SHORTEST = 3;

    private SceneEnds() {
    }

    /** The plan with its lead and its tail, each when it has one. */
    static SegmentPlan withEnds(RenderContext ctx, SegmentPlan plan, Object background) throws IOException {
        return withTail(ctx, withLead(ctx, plan, background), background);
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
                poses(plan.avatar(), 0, frames));
        ctx.trace().endLookup("lead", plan.sceneIndex(), Files.exists(file));
        return plan.withLead(new SceneLead(file, frames));
    }

    /**
     * The plan with its tail, or as it is when fewer than {@link #SHORTEST} frames follow its last
     * caption (or it shows none). A moving background's last frames depend on the scene's index and
     * length; a still's do not, so a scene whose words change keeps its tail while the tail's length is
     * the same.
     */
    static SegmentPlan withTail(RenderContext ctx, SegmentPlan plan, Object background) throws IOException {
        int frames = plan.captionFreeTailFrames();
        if (frames < SHORTEST) {
            return plan;
        }
        boolean moving = plan.kenBurns() || plan.clip() != null;
        int from = plan.frameCount() - frames;
        Path file = ctx.keys().segment("tail", ctx.spec().config(), background,
                plan.kenBurns() ? "ken-burns-2" : false,
                moving ? plan.sceneIndex() + "/" + plan.frameCount() + "/" + plan.clipFit() : "-", frames,
                poses(plan.avatar(), from, plan.frameCount()));
        ctx.trace().endLookup("tail", plan.sceneIndex(), Files.exists(file));
        return plan.withTail(new SceneLead(file, frames));
    }

    /** The presenter as frames {@code from} to {@code end} show it: where, and every frame's pose by its pixels. */
    private static String poses(AvatarPerformance avatar, int from, int end) {
        if (avatar == null) {
            return "-";
        }
        StringBuilder shown = new StringBuilder(avatar.x() + "," + avatar.y());
        Map<Picture, String> digests = new IdentityHashMap<>();
        for (int frame = from; frame < end; frame++) {
            shown.append(':').append(digests.computeIfAbsent(avatar.poseAt(frame), SceneEnds::digest));
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
