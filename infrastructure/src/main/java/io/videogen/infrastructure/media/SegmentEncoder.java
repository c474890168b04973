package io.videogen.infrastructure.media;

import static io.videogen.infrastructure.media.NativeMedia.check;
import static org.bytedeco.ffmpeg.global.avcodec.*;
import static org.bytedeco.ffmpeg.global.avutil.*;

import io.videogen.application.port.out.RenderStepException;
import io.videogen.domain.media.Resolution;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import org.bytedeco.ffmpeg.avcodec.AVPacket;
import org.bytedeco.ffmpeg.avformat.AVStream;
import org.bytedeco.ffmpeg.avutil.AVFrame;
import org.bytedeco.ffmpeg.avutil.AVRational;

/**
 * A video-only MP4 at a constant frame rate, coded as H.264 in closed GOPs. Frames are YUV420P
 * AVFrames. A picture held still for a span of frames ({@link #hold}) is one GOP: x264 codes the
 * picture once, as an IDR picture, and every repeat is a {@link RepeatedPicture} written without an
 * encoder (ADR 0020). Changing frames ({@link #append}) go through x264 one by one, each run of them
 * a GOP of its own. In a segment opened with copies in runs, a frame that repeats the one before it
 * inside such a run ({@link #repeat}) is not sent to x264 either: x264 codes the run's pictures as P
 * pictures only, and each repeat is a non-reference all-skipped picture written after its original's
 * packet (ADR 0028).
 */
final class SegmentEncoder implements AutoCloseable {

    private final MediaOutput output;
    private final AVStream stream;
    private final AVPacket packet = av_packet_alloc();
    private final Resolution frame;
    private final int fps;
    private final X264Settings settings;
    private final int threads;
    private final AVRational timeBase;
    /** The parameter sets of the stream: every encoder of the segment must write these. */
    private final byte[] headers;
    /** How repeats are written without an encoder, or null: these parameter sets do not allow it. */
    private final RepeatedPicture repeats;
    /** Frames x264 holds back before their packets come (B-frame reordering): decode times run this much behind. */
    private final int reorderDelay;
    /** The encoder of the GOP being coded, or null between GOPs. */
    private X264Encoder gop;
    /** Whether {@link #gop} was sent a frame yet. */
    private boolean gopUsed;
    /** An encoder with the settings of changing frames that was opened and never sent a frame, or null. */
    private X264Encoder spare;
    private long nextPts;
    private long packetsWritten;
    /** The copies written inside runs of changing frames, or null: repeats go through x264. */
    private final CopiesInRuns copiesInRuns;
    /** The first frame of the GOP being coded, and the frame x264 was sent last. */
    private long gopStart;
    private long lastSent = -1;

    /**
     * @param copiesInRuns whether frames that repeat inside a run of changing frames are written as
     *                     copies ({@link #repeat}); the runs' pictures are then all P pictures
     */
    SegmentEncoder(Path file, Resolution frame, int fps, X264Settings settings, int threads, boolean copiesInRuns) {
        this.frame = frame;
        this.fps = fps;
        this.settings = settings;
        this.threads = threads;
        output = MediaOutput.mp4(file);
        gop = open(settings.moving());
        headers = gop.headers();
        stream = output.newStream();
        check(avcodec_parameters_from_context(stream.codecpar(), gop.context()), "describing the video stream");
        timeBase = av_make_q(1, fps);
        stream.time_base(timeBase);
        stream.avg_frame_rate(av_make_q(fps, 1));
        output.start(false);
        reorderDelay = gop.context().has_b_frames();
        Optional<H264ParameterSets> sets = H264ParameterSets.of(headers);
        repeats = sets.map(RepeatedPicture::new).orElse(null);
        this.copiesInRuns = copiesInRuns && sets.isPresent() && sets.get().pocType() == 0
                ? new CopiesInRuns(sets.get(), repeats) : null;
    }

    private X264Encoder open(X264Settings.Coding coding) {
        X264Encoder encoder = new X264Encoder(frame, fps, coding, threads, output.wantsGlobalHeader());
        if (headers != null && !Arrays.equals(headers, encoder.headers())) {
            encoder.close();
            throw new RenderStepException("libx264 wrote other parameter sets for " + coding
                    + "; its GOPs cannot join the segment's stream", false);
        }
        return encoder;
    }

    /** Opens and closes a tiny libx264 encoder: its tables are set up and its code paged in. */
    static void warmUp() {
        X264Encoder.warmUp();
    }

    /**
     * Encodes {@code picture} as the next frame, predicted from the frames before it since the last
     * {@link #hold}. The caller must not change its pixels afterwards.
     */
    void append(AVFrame picture) {
        boolean starts = gop == null;
        if (starts) {
            gop = spare != null ? spare : open(settings.moving());
            spare = null;
            gopStart = nextPts;
        }
        lastSent = nextPts;
        send(picture, starts ? AV_PICTURE_TYPE_I : copiesInRuns != null ? AV_PICTURE_TYPE_P : AV_PICTURE_TYPE_NONE);
    }

    /**
     * Shows the picture of the frame before once more. Inside a run of {@link #append}ed frames of a
     * segment with copies in runs, it is written as a copy once x264 has coded that frame; otherwise
     * {@code picture} (the same picture) is appended.
     */
    void repeat(AVFrame picture) {
        if (copiesInRuns == null || gop == null || lastSent < 0) {
            append(picture);
            return;
        }
        copiesInRuns.repeat(lastSent);
        nextPts++;
    }

    /**
     * Shows {@code picture} for the next {@code frames} frames: coded once by x264, as an IDR picture
     * with {@link X264Settings#still()}, and repeated by {@link RepeatedPicture}s. After a run of moving
     * frames, it is coded on another thread while that run is flushed ({@link HeldPictureBeside}). Without
     * a way to write repeats (parameter sets they do not handle), every frame goes through x264.
     */
    void hold(AVFrame picture, int frames) {
        if (repeats == null) {
            for (int i = 0; i < frames; i++) {
                append(picture);
            }
            return;
        }
        if (gop != null && gopUsed) {
            // x264 codes the run before only at its flush: the held picture is coded beside it (ADR 0048)
            long start = nextPts;
            stamp(picture, AV_PICTURE_TYPE_I);
            try (HeldPictureBeside beside = new HeldPictureBeside(() -> open(settings.still()), picture)) {
                endGop();
                gopStart = start;
                beside.handOn(this::coded);
            }
        } else {
            endGop();
            gop = open(settings.still());
            gopStart = nextPts;
            send(picture, AV_PICTURE_TYPE_I);
            endGop();
        }
        for (int n = 1; n < frames; n++) {
            writeRaw(repeats.frame(n), nextPts++);
        }
    }

    private void writeRaw(byte[] nal, long pts) {
        check(av_new_packet(packet, nal.length), "allocating a packet");
        packet.data().put(nal, 0, nal.length);
        packet.pts(pts);
        packet.duration(1);
        write(packet);
    }

    /**
     * Appends the frames of a segment coded before with this segment's settings (a scene's lead, the
     * other half of a scene coded beside this one) by packet copy, as the next frames, numbered as if
     * this encoder had coded them.
     */
    void copy(Path segment) {
        endGop();
        long start = nextPts;
        long frames = CodedSegment.packets(segment, headers, timeBase, packet, copied -> {
            copied.pts(copied.pts() + start);
            write(copied);
        });
        nextPts = start + frames;
        if (packetsWritten != nextPts) {
            throw new RenderStepException("segment " + segment.getFileName() + " has " + frames
                    + " frames but not one packet each", false);
        }
    }

    /** Flushes x264 and closes every encoder: what follows is copied or the end. */
    void endCoding() {
        endGop();
        closeSpare();
    }

    /** Flushes the encoder and completes the file. */
    void finish() {
        endCoding();
        output.finish();
    }

    /** A forced I frame is an IDR picture here (closed GOPs): nothing before it is referenced. */
    private void send(AVFrame picture, int type) {
        stamp(picture, type);
        gopUsed = true;
        gop.send(picture, packet, this::coded);
    }

    /** Times {@code picture} as the next frame. */
    private void stamp(AVFrame picture, int type) {
        picture.pts(nextPts++);
        picture.duration(1);
        picture.pict_type(type);
    }

    /**
     * Ends the GOP being coded. An encoder that was never sent a frame (the one opened with the stream,
     * when the segment starts with a held picture) is kept for the next run of changing frames instead:
     * opening a 720p x264 encoder costs about as much as coding a still frame.
     */
    private void endGop() {
        if (gop != null && !gopUsed && spare == null && lastSent < 0) {
            spare = gop;
            gop = null;
        } else if (gop != null) {
            gop.finish(packet, this::coded);
            gop.close();
            gop = null;
            gopUsed = false;
            lastSent = -1;
            if (copiesInRuns != null) {
                copiesInRuns.checkAllWritten();
            }
        }
    }

    /** A packet from x264: written as it is, or renumbered and followed by the copies of its picture. */
    private void coded(AVPacket encoded) {
        if (copiesInRuns == null) {
            write(encoded);
        } else {
            copiesInRuns.coded(encoded, gopStart, this::write);
        }
    }

    /**
     * Writes a packet timed in frames, with its decode time: packets come in decode order, one per
     * frame, so the n-th is decoded at frame n less the reordering delay; x264's own decode times
     * would start again with every GOP's encoder.
     */
    private void write(AVPacket encoded) {
        encoded.dts(packetsWritten++ - reorderDelay);
        if (encoded.dts() > encoded.pts()) {
            throw new RenderStepException("frame " + encoded.pts() + " would be decoded after it is shown", false);
        }
        av_packet_rescale_ts(encoded, timeBase, stream.time_base());
        encoded.stream_index(stream.index());
        output.write(encoded, "a video packet");
    }

    private void closeSpare() {
        if (spare != null) {
            spare.close();
            spare = null;
        }
    }

    @Override
    public void close() {
        av_packet_free(packet);
        if (copiesInRuns != null) {
            copiesInRuns.close();
        }
        if (gop != null) {
            gop.close();
        }
        closeSpare();
        output.close();
    }
}
