package io.videogen.infrastructure.media;

import static io.videogen.infrastructure.media.NativeMedia.check;
import static org.bytedeco.ffmpeg.global.avcodec.*;

import io.videogen.application.port.out.RenderStepException;
import java.util.ArrayDeque;
import java.util.function.Consumer;
import org.bytedeco.ffmpeg.avcodec.AVPacket;

/**
 * The copies inside a run of changing frames (ADR 0028): a frame that repeats the one before it is not
 * sent to x264 but written, after its original's packet, as a non-reference all-skipped picture. x264's
 * pictures are renumbered ({@link PictureOrder}) so the copies fit between them. {@link SegmentEncoder}
 * owns the GOPs and the timing; this class owns which copies are still to write and how.
 */
final class CopiesInRuns implements AutoCloseable {

    private final PictureOrder order;
    private final RepeatedPicture repeats;
    /** Copies still to write, per frame x264 was sent, in order: frame to copy, and how many copies. */
    private final ArrayDeque<long[]> pending = new ArrayDeque<>();
    private final AVPacket renumbered = av_packet_alloc();

    CopiesInRuns(H264ParameterSets sets, RepeatedPicture repeats) {
        this.order = new PictureOrder(sets);
        this.repeats = repeats;
    }

    /** One more copy of frame {@code original}, the frame x264 was sent last. */
    void repeat(long original) {
        long[] last = pending.peekLast();
        if (last != null && last[0] == original) {
            last[1]++;
        } else {
            pending.addLast(new long[] {original, 1});
        }
    }

    /**
     * Writes x264's packet of frame {@code encoded.pts()}, the GOP having started at frame
     * {@code gopStart}, renumbered, then the copies of its picture; {@code encoded} is unreferenced.
     */
    void coded(AVPacket encoded, long gopStart, Consumer<AVPacket> write) {
        long pts = encoded.pts();
        byte[] data = new byte[encoded.size()];
        encoded.data().get(data);
        PictureOrder.Renumbered picture = order.renumber(data, (int) (pts - gopStart));
        check(av_new_packet(renumbered, picture.data().length), "allocating a packet");
        check(av_packet_copy_props(renumbered, encoded), "copying a packet's properties");
        av_packet_unref(encoded);
        renumbered.data().put(picture.data(), 0, picture.data().length);
        write.accept(renumbered);
        av_packet_unref(renumbered);
        long[] next = pending.peekFirst();
        if (next != null && next[0] == pts) {
            pending.removeFirst();
            int frameNum = picture.frameNum() + 1;
            for (int n = 1; n <= next[1]; n++) {
                byte[] copy = repeats.copyOfLast(frameNum, (int) (pts + n - gopStart));
                check(av_new_packet(renumbered, copy.length), "allocating a packet");
                renumbered.data().put(copy, 0, copy.length);
                renumbered.pts(pts + n);
                renumbered.duration(1);
                write.accept(renumbered);
            }
        }
    }

    /** At the end of a GOP: every copy was written, as x264 coded every frame it was sent. */
    void checkAllWritten() {
        if (!pending.isEmpty()) {
            throw new RenderStepException("libx264 did not code frame " + pending.peekFirst()[0]
                    + ", which later frames copy", false);
        }
    }

    @Override
    public void close() {
        av_packet_free(renumbered);
    }
}
