package io.videogen.application.port.out;

import io.videogen.domain.avatar.AvatarConfig;
import io.videogen.domain.avatar.AvatarLook;
import io.videogen.domain.media.Resolution;
import java.nio.file.Path;
import java.util.List;

/**
 * Makes a presenter speak: a handful of poses (mouth shapes, eyes open or closed) drawn once, and
 * for every frame of the scene the pose to show, following the speech timing.
 */
public interface AvatarAnimator {

    /**
     * @param portrait  the validated local copy of a portrait asset, or null for a procedural look
     * @param blinkSeed when the eyes close: the same seed, the same blinks (one per video and scene,
     *                  so two videos of one presenter do not blink alike)
     */
    AvatarPerformance perform(AvatarLook look, Path portrait, AvatarConfig placement, Resolution frame,
                              SpeechClip speech, double leadInSeconds, int frameCount, int fps, long blinkSeed);

    /** A performance with the blinks of seed 0. */
    default AvatarPerformance perform(AvatarLook look, Path portrait, AvatarConfig placement, Resolution frame,
                                      SpeechClip speech, double leadInSeconds, int frameCount, int fps) {
        return perform(look, portrait, placement, frame, speech, leadInSeconds, frameCount, fps, 0L);
    }

    /** Poses with transparency, where they go in the frame, and which pose each frame shows. */
    record AvatarPerformance(int x, int y, List<Picture> poses, int[] poseOfFrame) {

        public Picture poseAt(int frame) {
            return poses.get(poseOfFrame[Math.min(frame, poseOfFrame.length - 1)]);
        }
    }

    /**
     * One pose's picture: {@code width × height} pixels, row by row, each a non-premultiplied ARGB
     * int (alpha in the top byte).
     */
    record Picture(int width, int height, int[] argb) {

        public Picture {
            if (width < 1 || height < 1 || argb.length != width * height) {
                throw new IllegalArgumentException("a picture of " + width + " x " + height + " has " + width * height
                        + " pixels, not " + argb.length);
            }
        }

        public int argbAt(int x, int y) {
            return argb[y * width + x];
        }
    }
}
