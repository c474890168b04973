package io.videogen.infrastructure.media;

import io.videogen.application.port.out.VideoComposer.SceneLead;
import io.videogen.application.port.out.VideoComposer.SegmentPlan;
import java.nio.file.Files;
import java.util.function.IntConsumer;

/**
 * The parts a scene encoded in parts is cut into: its lead (ADR 0041) and its tail (ADR 0043), each
 * found made or to make, and the frames between them, as one part or two halves side by side. Whether
 * an end is found is looked at once, when the cut is made.
 */
final class SceneParts {

    private final SceneLead lead;
    private final SceneLead tail;
    private final boolean leadFound;
    private final boolean tailFound;
    private final boolean inTwo;
    private final int frames;

    /**
     * @param lead   the scene's first frames kept apart, or null
     * @param tail   the scene's last frames kept apart, or null
     * @param inTwo  whether the frames between are encoded as two halves side by side, when there are two
     * @param frames the scene's frames
     */
    SceneParts(SceneLead lead, SceneLead tail, boolean inTwo, int frames) {
        this.lead = lead;
        this.tail = tail;
        this.leadFound = lead != null && Files.exists(lead.file());
        this.tailFound = tail != null && Files.exists(tail.file());
        this.frames = frames;
        this.inTwo = inTwo && body() - from() >= 2;
    }

    SceneLead lead() {
        return lead;
    }

    SceneLead tail() {
        return tail;
    }

    /** The lead when it is to be made, or null. */
    SceneLead leadToMake() {
        return lead != null && !leadFound ? lead : null;
    }

    /** The tail when it is to be made, or null. */
    SceneLead tailToMake() {
        return tail != null && !tailFound ? tail : null;
    }

    boolean inTwo() {
        return inTwo;
    }

    int frames() {
        return frames;
    }

    /** The first frame after the lead. */
    int from() {
        return lead == null ? 0 : lead.frames();
    }

    /** The first frame of the tail: the end of the frames between. */
    int body() {
        return tail == null ? frames : frames - tail.frames();
    }

    /**
     * The first frame of the second half, strictly between {@link #from()} and {@link #body()}. Found ends
     * cost the halves nothing; a tail to make is made after the second half, on its thread.
     */
    int middle(SegmentPlan plan) {
        int cut = SceneHalves.cut(plan, tailFound ? body() : frames, leadFound ? from() : 0);
        return Math.min(body() - 1, Math.max(from() + 1, cut));
    }

    /** Progress through frames {@code from} to {@code end}, told as progress through a part's {@code partFrom} to {@code partEnd}. */
    static IntConsumer span(IntConsumer part, int partFrom, int partEnd, int from, int end) {
        return percent -> part.accept(((from - partFrom) * 100 + percent * (end - from)) / (partEnd - partFrom));
    }
}
