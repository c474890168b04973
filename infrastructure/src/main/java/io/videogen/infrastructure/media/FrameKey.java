package io.videogen.infrastructure.media;

/**
 * What a frame's picture depends on. Two frames with equal keys are the same picture.
 *
 * @param motionFrame the frame index while the background moves, {@code -1} when it is still,
 *                    {@link #PREVIOUS_SCENE} for the previous scene's picture a cross-fade starts from
 * @param caption     index of the caption shown, or {@code -1}
 * @param pose        index of the avatar pose shown, or {@code -1}
 */
record FrameKey(int motionFrame, int caption, int pose) {

    static final int PREVIOUS_SCENE = -2;

    FrameKey overPreviousScene() {
        return new FrameKey(PREVIOUS_SCENE, caption, pose);
    }

    /** Pictures over a still background recur (a pose comes back, a caption stays), so keep them. */
    boolean recurs() {
        return motionFrame < 0;
    }
}
