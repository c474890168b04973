package io.videogen.infrastructure.media;

import static org.bytedeco.ffmpeg.global.avcodec.*;

import io.videogen.application.port.out.RenderStepException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.bytedeco.ffmpeg.avcodec.AVPacket;
import org.bytedeco.ffmpeg.avutil.AVFrame;

/**
 * A held picture's IDR picture coded on an encoder of its own, on another thread, while the segment's thread
 * flushes the run of moving frames before it (ADR 0048): x264 codes the run's frames only at its flush (they
 * sit in its look-ahead until then), so the held picture's encoder, opened and run after the flush, made the
 * two serial. Its packets are kept until the run's are written, then handed on in order. The encoder belongs
 * to the segment's encoder slot: it never waits for anything but x264, so it cannot hold a slot up.
 */
final class HeldPictureBeside implements AutoCloseable {

    private final FutureTask<List<AVPacket>> coded;
    private List<AVPacket> packets = List.of();

    /**
     * Starts coding {@code picture} (timed and typed already) with the encoder {@code open} gives; the caller
     * must leave the picture alone until {@link #handOn} or {@link #close}.
     */
    HeldPictureBeside(Supplier<X264Encoder> open, AVFrame picture) {
        // A thread of its own, not a pool: no static pool escapes the configured parallelism (architecture
        // rule 9), and the picture's encoder counts under the segment's encoder slot.
        coded = new FutureTask<>(() -> code(open, picture));
        Thread thread = new Thread(coded, "videogen-held-picture");
        thread.setDaemon(true);
        thread.start();
    }

    private static List<AVPacket> code(Supplier<X264Encoder> open, AVFrame picture) {
        List<AVPacket> packets = new ArrayList<>(1);
        AVPacket packet = av_packet_alloc();
        try (X264Encoder encoder = open.get()) {
            Consumer<AVPacket> keep = encoded -> {
                packets.add(av_packet_clone(encoded));
                av_packet_unref(encoded);
            };
            encoder.send(picture, packet, keep);
            encoder.finish(packet, keep);
            return packets;
        } catch (RuntimeException e) {
            free(packets);
            throw e;
        } finally {
            av_packet_free(packet);
        }
    }

    /** Waits for the picture's packets and hands each to {@code sink} (which must not keep it), in order. */
    void handOn(Consumer<AVPacket> sink) {
        packets = await();
        for (AVPacket packet : packets) {
            sink.accept(packet);
        }
    }

    private List<AVPacket> await() {
        try {
            return coded.get();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime
                    : new RenderStepException("coding a held picture failed: " + e.getCause(), false, e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RenderStepException("interrupted while coding a held picture", true, e);
        }
    }

    private static void free(List<AVPacket> packets) {
        for (AVPacket packet : packets) {
            av_packet_free(packet);
        }
    }

    /** Waits for the coding if it still runs (its encoder reads the picture), and frees its packets. */
    @Override
    public void close() {
        boolean interrupted = false;
        while (true) {
            try {
                List<AVPacket> done = coded.get();
                if (packets.isEmpty()) {
                    packets = done;
                }
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            } catch (ExecutionException e) {
                break;   // the failure that stopped the segment is the one reported
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        free(packets);
        packets = List.of();
    }
}
