package io.videogen.infrastructure.media;

import static org.bytedeco.ffmpeg.global.avutil.av_frame_free;

import java.util.LinkedHashMap;
import java.util.Map;
import org.bytedeco.ffmpeg.avutil.AVFrame;

/**
 * Converted pictures that come back (a presenter's mouth shapes over a still scene), bounded by
 * memory. Frames here are never written to again, so the encoder may keep references to them.
 */
final class PictureCache implements AutoCloseable {

    private static final long BUDGET_BYTES = 48L << 20;

    private final LinkedHashMap<FrameKey, AVFrame> frames;

    PictureCache(int width, int height) {
        int capacity = (int) Math.max(2, BUDGET_BYTES / (width * (long) height * 3 / 2));
        frames = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<FrameKey, AVFrame> eldest) {
                if (size() > capacity) {
                    av_frame_free(eldest.getValue());
                    return true;
                }
                return false;
            }
        };
    }

    AVFrame get(FrameKey key) {
        return frames.get(key);
    }

    void put(FrameKey key, AVFrame frame) {
        frames.put(key, frame);
    }

    @Override
    public void close() {
        frames.values().forEach(frame -> av_frame_free(frame));
        frames.clear();
    }
}
