package io.videogen.infrastructure.media;

import io.videogen.application.port.out.VideoComposer.SegmentPlan;
import io.videogen.application.port.out.VideoComposer.TimedCaption;
import java.util.List;

/**
 * A scene's captions: the frames each shows on, known from its times, and its card, drawn when a frame
 * showing it is first painted. A part of a scene (its lead, first part or second half, ADR 0045) draws
 * only the cards it shows (ADR 0049). Used by one thread, as its {@link SceneCanvas} is.
 */
final class SceneCaptions {

    private final SegmentPlan plan;
    private final List<TimedCaption> timed;
    private final int[] firstFrame;
    private final int[] endFrame;
    private final CaptionCard[] cards;

    SceneCaptions(SegmentPlan plan) {
        this.plan = plan;
        this.timed = plan.captions() == null ? List.of() : plan.captions();
        this.firstFrame = new int[timed.size()];
        this.endFrame = new int[timed.size()];
        this.cards = new CaptionCard[timed.size()];
        for (int i = 0; i < timed.size(); i++) {
            firstFrame[i] = CaptionCard.frameAt(timed.get(i).start().toNanos(), plan.fps());
            endFrame[i] = CaptionCard.frameAt(timed.get(i).end().toNanos(), plan.fps());
        }
    }

    /** The index of the first caption showing on the frame, or -1. */
    int shownOn(int frame) {
        for (int i = 0; i < timed.size(); i++) {
            if (frame >= firstFrame[i] && frame < endFrame[i]) {
                return i;
            }
        }
        return -1;
    }

    /** The caption's card, drawn now if it has not been. */
    CaptionCard card(int index) {
        if (cards[index] == null) {
            cards[index] = CaptionCard.draw(timed.get(index), plan.captionStyle(), plan.frame());
        }
        return cards[index];
    }
}
