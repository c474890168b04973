package io.videogen.infrastructure.media;

import io.videogen.application.port.out.VideoComposer.SceneLead;
import io.videogen.application.port.out.VideoComposer.SegmentPlan;
import io.videogen.application.port.out.VideoComposer.TimedCaption;
import java.util.ArrayList;
import java.util.List;

/**
 * Where a scene encoded as two halves side by side is cut. The cut balances the halves (a fade frame
 * costs x264 about three still frames, so the half with the fade gets fewer frames) and, over a still
 * background, falls on a frame where the picture changes (a caption starts or ends) near that balance:
 * a cut inside a held picture would start a second GOP for the same picture (an IDR picture more) and
 * leave its first part, when shorter than a held span, to x264 frame by frame (ADR 0030).
 */
final class SceneHalves {

    private SceneHalves() {
    }

    /** The first frame of the second half of a scene of {@code frames} frames. */
    static int cut(SegmentPlan plan, int frames) {
        return cut(plan, frames, 0);
    }

    /**
     * The first frame of the second half of a scene of {@code frames} frames whose first {@code found}
     * frames are coded already (its lead, found made: ADR 0041), so cost the first half nothing.
     */
    static int cut(SegmentPlan plan, int frames, int found) {
        int fade = Math.min(frames / 2, plan.fadeFrames());
        int balanced = Math.max(Math.max(1, found + 1), (frames - 2 * fade + 3 * Math.min(found, fade)) / 2);
        if (plan.kenBurns() || plan.clip() != null || plan.avatar() != null || plan.captions() == null) {
            return balanced;   // a moving background or a speaking presenter: the picture changes anyway
        }
        // Far enough from the balance point to keep both halves busy at once: a quarter of the scene.
        int reach = frames / 4;
        int best = balanced;
        int bestDistance = Integer.MAX_VALUE;
        for (int change : pictureChanges(plan.captions(), plan.fps())) {
            int distance = Math.abs(change - balanced);
            if (change >= Math.max(1, fade) && change < frames && distance <= reach && distance < bestDistance) {
                best = change;
                bestDistance = distance;
            }
        }
        return best;
    }

    /**
     * The plan's lead, when it has one that is worth a part of its own, or null. A lead longer than the
     * fade's frames before the first caption would be named without what it shows: refused.
     */
    static SceneLead lead(SegmentPlan plan) {
        SceneLead lead = plan.lead();
        if (lead == null) {
            return null;
        }
        if (lead.frames() > plan.captionFreeFadeFrames()) {
            throw new IllegalArgumentException("scene " + plan.sceneIndex() + "'s lead of " + lead.frames()
                    + " frames reaches past the fade's frames before its first caption ("
                    + plan.captionFreeFadeFrames() + ")");
        }
        return lead;
    }

    /** The frames where a caption starts or stops showing, in order. */
    static List<Integer> pictureChanges(List<TimedCaption> captions, int fps) {
        List<Integer> changes = new ArrayList<>();
        for (TimedCaption caption : captions) {
            changes.add(CaptionCard.frameAt(caption.start().toNanos(), fps));
            changes.add(CaptionCard.frameAt(caption.end().toNanos(), fps));
        }
        changes.sort(null);
        return changes;
    }
}
