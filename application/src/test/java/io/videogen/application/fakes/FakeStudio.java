package io.videogen.application.fakes;

import io.videogen.application.port.out.AvatarAnimator;
import io.videogen.application.port.out.AvatarAnimator.Picture;
import io.videogen.application.port.out.RenderStepException;
import io.videogen.application.port.out.ScriptWriter;
import io.videogen.application.port.out.SpeechAudio;
import io.videogen.application.port.out.SpeechClip;
import io.videogen.domain.speech.WordTiming;
import io.videogen.application.port.out.SpeechSynthesizer;
import io.videogen.application.port.out.VideoComposer;
import io.videogen.application.port.out.VisualGenerator;
import io.videogen.application.port.out.VoiceDescription;
import io.videogen.application.render.RenderEngine;
import io.videogen.domain.video.Script;
import io.videogen.domain.video.VideoSpec;
import io.videogen.domain.media.Voice;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.IntConsumer;
import java.util.function.Predicate;
import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;

/**
 * Stand-ins for the media tools, fast and predictable: speech lasts 50 ms a character, pictures and
 * segments are small text files describing what was asked. They record every call, and can be told
 * to fail.
 */
public final class FakeStudio implements ScriptWriter, SpeechSynthesizer, SpeechAudio, VisualGenerator,
        AvatarAnimator, VideoComposer {

    public final List<String> spoken = new CopyOnWriteArrayList<>();
    public final List<Integer> segmentsRendered = new CopyOnWriteArrayList<>();
    public final List<SegmentPlan> plans = new CopyOnWriteArrayList<>();
    public final List<SoundtrackPlan> soundtracks = new CopyOnWriteArrayList<>();
    /** Every call of each adapter, by kind: script, speech, still, avatar, segment, soundtrack, join, thumbnail. */
    public final List<String> calls = new CopyOnWriteArrayList<>();
    public Predicate<String> failSpeechFor = text -> false;
    /**
     * Clips the fake voice says at once. Above 1, each clip waits (up to 5 s) for another to be said
     * beside it and records here whether one was: it can only be if they are said side by side.
     */
    public int clipsAtOnce = 1;
    public final List<Boolean> speechSawAnother = new CopyOnWriteArrayList<>();
    private final java.util.concurrent.CountDownLatch twoClips = new java.util.concurrent.CountDownLatch(2);
    public boolean speechFailureRetryable;
    public int failSegmentTimes;
    public int failSegmentAt = -1;
    /** Segments encoded at once, as the real composer allows up to 720p on two cores. */
    public int parallel = 1;
    /**
     * With {@link #parallel} above 1, each segment waits (up to 5 s) for a soundtrack to be asked
     * for, and records here whether one was: it can only be, in time, if it is made beside them.
     */
    public final List<Boolean> segmentSawSoundtrack = new CopyOnWriteArrayList<>();
    public boolean failSoundtrack;
    private final java.util.concurrent.CountDownLatch soundtrackAsked = new java.util.concurrent.CountDownLatch(1);
    /**
     * With this set, each clip waits (up to 5 s) for a still to be painted, and records here whether
     * one was: it can only be if the stills are painted beside the voice stage.
     */
    public boolean speechAwaitsAStill;
    public final List<Boolean> speechSawAStill = new CopyOnWriteArrayList<>();
    private final java.util.concurrent.CountDownLatch stillPainted = new java.util.concurrent.CountDownLatch(1);
    public boolean failPaint;
    /** Runs in the middle of every segment, after it reported half its frames: a cancel, a takeover. */
    public IntConsumer duringSegment = scene -> { };

    public RenderEngine engine() {
        return new RenderEngine(this, this, this, this, this, this);
    }

    @Override
    public Script write(VideoSpec spec) {
        calls.add("script");
        return spec.script();
    }

    @Override
    public List<VoiceDescription> voices() {
        return List.of(new VoiceDescription("en-US-default", "fake", "Fake", "en-US", null));
    }

    @Override
    public int clipsAtOnce(Voice voice) {
        return clipsAtOnce;
    }

    @Override
    public SpeechClip synthesize(String text, Voice voice, Path wavFile) {
        if (clipsAtOnce > 1) {
            twoClips.countDown();
            try {
                speechSawAnother.add(twoClips.await(5, java.util.concurrent.TimeUnit.SECONDS));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        if (speechAwaitsAStill) {
            try {
                speechSawAStill.add(stillPainted.await(5, java.util.concurrent.TimeUnit.SECONDS));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        if (failSpeechFor.test(text)) {
            throw new RenderStepException("the voice cannot say '" + text + "'", speechFailureRetryable);
        }
        calls.add("speech");
        spoken.add(text);
        Duration length = Duration.ofMillis(50L * text.length());
        AudioFormat format = new AudioFormat(16_000, 16, 1, true, false);
        int frames = (int) (length.toMillis() * 16);
        byte[] pcm = new byte[frames * 2];
        for (int i = 0; i < frames; i++) {
            short sample = (short) (Math.sin(i / 8.0) * 8000);
            pcm[2 * i] = (byte) sample;
            pcm[2 * i + 1] = (byte) (sample >> 8);
        }
        try (AudioInputStream in = new AudioInputStream(new ByteArrayInputStream(pcm), format, frames)) {
            AudioSystem.write(in, AudioFileFormat.Type.WAVE, wavFile.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<WordTiming> words = new ArrayList<>();
        String[] split = text.split(" ");
        long each = length.toMillis() / split.length;
        for (int i = 0; i < split.length; i++) {
            words.add(new WordTiming(split[i], Duration.ofMillis(i * each), Duration.ofMillis((i + 1) * each)));
        }
        return new SpeechClip(wavFile, length, words, List.of());
    }

    /** The clips are real WAV files, as the fake voice writes them. */
    @Override
    public Duration length(Path clip) throws IOException {
        try (AudioInputStream in = AudioSystem.getAudioInputStream(clip.toFile())) {
            return Duration.ofNanos(Math.round(in.getFrameLength() / (double) in.getFormat().getFrameRate() * 1e9));
        } catch (javax.sound.sampled.UnsupportedAudioFileException e) {
            throw new IOException(e);
        }
    }

    /** A track is a text file listing its clips: nothing here listens to it. */
    @Override
    public void lay(List<Placement> clips, Duration length, int grid, Path target) {
        StringBuilder out = new StringBuilder("track of " + length.toMillis() + "ms\n");
        clips.forEach(c -> out.append(c.clip().getFileName()).append('@').append(c.anchor().plus(c.offset()).toMillis())
                .append('\n'));
        write(target, out.toString());
    }

    @Override
    public Path paint(StillRequest request, Path pngFile) {
        calls.add("still");
        if (failPaint) {
            throw new RenderStepException("the painter has run out of paint", false);
        }
        Path still = write(pngFile, request.visual().fingerprint() + "|" + request.title());
        stillPainted.countDown();
        return still;
    }

    @Override
    public AvatarPerformance perform(io.videogen.domain.avatar.AvatarLook look, Path portrait,
                                     io.videogen.domain.avatar.AvatarConfig placement,
                                     io.videogen.domain.media.Resolution frame, SpeechClip speech,
                                     double leadInSeconds, int frameCount, int fps, long blinkSeed) {
        calls.add("avatar");
        return new AvatarPerformance(10, 10, List.of(new Picture(4, 4, new int[16])),
                new int[frameCount]);
    }

    @Override
    public void renderSegment(SegmentPlan plan, Path target, IntConsumer percentDone) {
        if (plan.sceneIndex() == failSegmentAt && failSegmentTimes > 0) {
            failSegmentTimes--;
            throw new RenderStepException("encoder ran out of time", true);
        }
        calls.add("segment");
        plans.add(plan);
        segmentsRendered.add(plan.sceneIndex());
        percentDone.accept(50);
        duringSegment.accept(plan.sceneIndex());
        if (parallel > 1) {
            segmentSawSoundtrack.add(awaitSoundtrack());
        }
        percentDone.accept(75);
        write(target, "segment " + plan.sceneIndex() + " " + plan.duration().toMillis() + "ms");
    }

    /** No grid: the fake's soundtrack is not cut into pieces. */
    @Override
    public int soundtrackFrame() {
        return 1;
    }

    @Override
    public VideoComposer.SoundtrackPieces soundtrack(SoundtrackPlan plan, Path target, IntConsumer percentDone) {
        soundtrackAsked.countDown();
        if (failSoundtrack) {
            throw new RenderStepException("the music cannot be decoded", false);
        }
        calls.add("soundtrack");
        soundtracks.add(plan);
        percentDone.accept(50);
        write(target, "soundtrack of " + plan.narration().getFileName() + ", " + plan.length().toMillis() + "ms");
        return VideoComposer.SoundtrackPieces.NONE;
    }

    @Override
    public void join(List<Path> segments, Path soundtrack, Path target, IntConsumer percentDone) {
        calls.add("join");
        StringBuilder out = new StringBuilder();
        segments.forEach(segment -> out.append(segment.getFileName()).append('\n'));
        out.append(soundtrack.getFileName()).append('\n');
        write(target, out.toString());
    }

    @Override
    public void thumbnail(Path video, Duration at, Path jpeg) {
        calls.add("thumbnail");
        write(jpeg, "thumbnail at " + at.toMillis());
    }

    @Override
    public MediaInfo probe(Path file) {
        throw new UnsupportedOperationException("not needed by the application tests");
    }

    private boolean awaitSoundtrack() {
        try {
            return soundtrackAsked.await(5, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }


    private static Path write(Path file, String text) {
        try {
            return Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
