package io.videogen.application.render;

import io.videogen.application.port.out.AvatarAnimator.AvatarPerformance;
import io.videogen.application.port.out.AvatarAnimator.Picture;
import io.videogen.application.port.out.VideoComposer.TimedCaption;
import io.videogen.domain.media.Visual;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * What one task of a fanned-out render needs besides the video's spec (ADR 0024, "Tasks carry their
 * inputs"): for a segment, its scene's plan with every file named by its key in the media store (the
 * still, the still before, a generated clip) or by the upload it is (an uploaded clip), and the
 * presenter's drawn performance when the scene shows one; for the soundtrack, the narration track's
 * key and the video's length. The job that fans out writes one per task, into the task's row on the
 * queue; the worker that takes the task reads its own, from its claim, and nothing else. Written as a
 * small binary record, versioned by its first line.
 */
sealed interface TaskBrief {

    /** 2: a segment's lead (ADR 0041); a brief of format 1, queued by the version before, is read as one without. */
    String FORMAT = "videogen-task-brief-2";
    String FORMAT_1 = "videogen-task-brief-1";

    /**
     * One scene's segment. {@code clip} is null, {@code upload:<asset id>} or a media store key;
     * {@code lead} the artefact name of its first {@code leadFrames} frames coded apart (ADR 0041), or null.
     */
    record Segment(int sceneIndex, Duration duration, String stillKey, boolean kenBurns, String previousKey,
                   Duration transition, List<TimedCaption> captions, String clip, Visual.Fit clipFit,
                   AvatarPerformance avatar, String lead, int leadFrames) implements TaskBrief {

        static final String UPLOAD = "upload:";

        Segment(int sceneIndex, Duration duration, String stillKey, boolean kenBurns, String previousKey,
                Duration transition, List<TimedCaption> captions, String clip, Visual.Fit clipFit,
                AvatarPerformance avatar) {
            this(sceneIndex, duration, stillKey, kenBurns, previousKey, transition, captions, clip, clipFit, avatar,
                    null, 0);
        }
    }

    /** The video's soundtrack: the whole narration as laid by the job, padded or cut to {@code length}. */
    record Soundtrack(String narrationKey, Duration length) implements TaskBrief {
    }

    /** The brief as the bytes a task's row carries. */
    static byte[] bytes(TaskBrief brief) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(256);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            write(brief, out);
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
        return bytes.toByteArray();
    }

    /** The brief a task's row carries; an IOException when it is of another format, or missing. */
    static TaskBrief of(byte[] bytes) throws IOException {
        if (bytes == null) {
            throw new IOException("the task carries no brief: it was queued by a version of videogen that kept "
                    + "briefs in the media store");
        }
        return read(new DataInputStream(new ByteArrayInputStream(bytes)));
    }

    static void write(TaskBrief brief, DataOutputStream out) throws IOException {
        out.writeUTF(FORMAT);
        if (brief instanceof Soundtrack soundtrack) {
            out.writeByte('A');
            out.writeUTF(soundtrack.narrationKey());
            out.writeLong(soundtrack.length().toNanos());
            return;
        }
        Segment segment = (Segment) brief;
        out.writeByte('S');
        out.writeInt(segment.sceneIndex());
        out.writeLong(segment.duration().toNanos());
        out.writeUTF(segment.stillKey());
        out.writeBoolean(segment.kenBurns());
        writeOptional(out, segment.previousKey());
        out.writeLong(segment.transition().toNanos());
        out.writeInt(segment.captions().size());
        for (TimedCaption caption : segment.captions()) {
            out.writeInt(caption.lines().size());
            for (String line : caption.lines()) {
                out.writeUTF(line);
            }
            out.writeLong(caption.start().toNanos());
            out.writeLong(caption.end().toNanos());
            out.writeInt(caption.highlight());
        }
        writeOptional(out, segment.clip());
        writeOptional(out, segment.clipFit() == null ? null : segment.clipFit().name());
        out.writeBoolean(segment.avatar() != null);
        if (segment.avatar() != null) {
            writePerformance(out, segment.avatar());
        }
        writeOptional(out, segment.lead());
        out.writeInt(segment.leadFrames());
    }

    static TaskBrief read(DataInputStream in) throws IOException {
        String format = in.readUTF();
        if (!FORMAT.equals(format) && !FORMAT_1.equals(format)) {
            throw new IOException("a task brief in format " + format + ", not " + FORMAT
                    + ": it was written by another version of videogen");
        }
        int kind = in.readByte();
        if (kind == 'A') {
            return new Soundtrack(in.readUTF(), Duration.ofNanos(in.readLong()));
        }
        int sceneIndex = in.readInt();
        Duration duration = Duration.ofNanos(in.readLong());
        String still = in.readUTF();
        boolean kenBurns = in.readBoolean();
        String previous = readOptional(in);
        Duration transition = Duration.ofNanos(in.readLong());
        int count = in.readInt();
        List<TimedCaption> captions = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int lineCount = in.readInt();
            List<String> lines = new ArrayList<>(lineCount);
            for (int l = 0; l < lineCount; l++) {
                lines.add(in.readUTF());
            }
            captions.add(new TimedCaption(lines, Duration.ofNanos(in.readLong()), Duration.ofNanos(in.readLong()),
                    in.readInt()));
        }
        String clip = readOptional(in);
        String fit = readOptional(in);
        AvatarPerformance avatar = in.readBoolean() ? readPerformance(in) : null;
        String lead = FORMAT.equals(format) ? readOptional(in) : null;
        int leadFrames = FORMAT.equals(format) ? in.readInt() : 0;
        return new Segment(sceneIndex, duration, still, kenBurns, previous, transition, captions, clip,
                fit == null ? null : Visual.Fit.valueOf(fit), avatar, lead, leadFrames);
    }

    private static void writePerformance(DataOutputStream out, AvatarPerformance performance) throws IOException {
        out.writeInt(performance.x());
        out.writeInt(performance.y());
        out.writeInt(performance.poses().size());
        for (Picture pose : performance.poses()) {
            out.writeInt(pose.width());
            out.writeInt(pose.height());
            writeInts(out, pose.argb());
        }
        writeInts(out, performance.poseOfFrame());
    }

    private static AvatarPerformance readPerformance(DataInputStream in) throws IOException {
        int x = in.readInt();
        int y = in.readInt();
        int count = in.readInt();
        List<Picture> poses = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int width = in.readInt();
            int height = in.readInt();
            poses.add(new Picture(width, height, readInts(in)));
        }
        return new AvatarPerformance(x, y, poses, readInts(in));
    }

    private static void writeInts(DataOutputStream out, int[] values) throws IOException {
        out.writeInt(values.length);
        for (int value : values) {
            out.writeInt(value);
        }
    }

    private static int[] readInts(DataInputStream in) throws IOException {
        int[] values = new int[in.readInt()];
        for (int i = 0; i < values.length; i++) {
            values[i] = in.readInt();
        }
        return values;
    }

    private static void writeOptional(DataOutputStream out, String value) throws IOException {
        out.writeBoolean(value != null);
        if (value != null) {
            out.writeUTF(value);
        }
    }

    private static String readOptional(DataInputStream in) throws IOException {
        return in.readBoolean() ? in.readUTF() : null;
    }
}
