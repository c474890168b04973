package io.videogen.application.port.out;

import java.util.Objects;

/**
 * One unit of a video's render handed to whichever worker takes it (ADR 0024): the artefact it makes,
 * named by its content ({@code segment-<hash>.mp4}, {@code soundtrack-<hash>.m4a}), so the same work
 * asked twice is one task, and the worker that takes it can tell from the video alone what to make.
 *
 * @param frames how many frames it encodes, for the video's progress over every worker (0: the soundtrack)
 * @param brief  what the task is made from besides the video's spec, serialized by the render that hands it
 *               out; it travels in the task's own row, so the worker that claims the task reads it from the claim
 */
public record TaskOrder(String artefact, Kind kind, int sceneIndex, int frames, byte[] brief) {

    public enum Kind { SEGMENT, SOUNDTRACK }

    public TaskOrder {
        Objects.requireNonNull(artefact, "artefact");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(brief, "brief");
        if (frames < 0) {
            throw new IllegalArgumentException("a task encodes no negative number of frames");
        }
    }
}
