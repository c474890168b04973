package io.videogen.application.render;

import io.videogen.application.port.out.SpeechAudio;
import io.videogen.application.port.out.Tracing;
import io.videogen.application.port.out.VideoComposer.SoundtrackPieces;
import io.videogen.application.port.out.VideoComposer.SoundtrackPlan;
import io.videogen.domain.media.Music;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;

/**
 * The narration of every scene, placed on the video's timeline, mixed with the music and encoded:
 * named by all of that, so a render whose narration and music did not change finds it made.
 */
final class Soundtracks {

    /** Integrated loudness of every soundtrack, in LUFS. */
    static final double LOUDNESS_TARGET = -16.0;
    /** The cache a soundtrack's kept AAC pieces are told as (ADR 0042). */
    static final String SOUNDTRACK_PIECE = "soundtrack-piece";
    /** The cache a soundtrack's kept levelled pieces are told as (ADR 0044). */
    static final String SOUNDTRACK_LEVEL = "soundtrack-level";

    private Soundtracks() {
    }

    /** Where the soundtrack of this narration and music is, or will be once made. */
    static Path target(RenderContext ctx, Narration narration) throws IOException {
        Music music = ctx.spec().backgroundMusic().orElse(null);
        return ctx.keys().soundtrack(narration.placedSpeech(), ctx.engine().composer().soundtrackFrame(),
                narration.duration(), music, LOUDNESS_TARGET);
    }

    static Path make(RenderContext ctx, Narration narration, Tracing.Span parent, IntConsumer listener)
            throws IOException {
        Path target = target(ctx, narration);
        // The whole narration stays in the workspace, as the video's voice track to inspect or reuse.
        Path narrationWav = layNarration(ctx, narration);
        if (Files.exists(target)) {
            return target;
        }
        encode(ctx, narrationWav, narration.duration(), target, parent, listener);
        return target;
    }

    /**
     * Every scene's clips laid on one track, the length of the video: the workspace's narration. Each scene's
     * speech starts on the soundtrack's frame grid, at most half a frame from its pictures' start (ADR 0052), so
     * the scenes an edit moves meet the encoder as before and keep their encoded pieces; the pictures keep the
     * scene's timeline. The fresh render, the re-render and the fan-out all lay it here.
     */
    static Path layNarration(RenderContext ctx, Narration narration) throws IOException {
        List<SpeechAudio.Placement> clips = new ArrayList<>();
        for (SceneTimeline timeline : narration.timelines()) {
            clips.addAll(timeline.onTrack());
        }
        Path narrationWav = ctx.keys().narration();
        ctx.engine().audio().lay(clips, narration.duration(), ctx.engine().composer().soundtrackFrame(), narrationWav);
        return narrationWav;
    }

    /** The narration track mixed with the video's music and encoded, {@code length} long, into {@code target}. */
    static void encode(RenderContext ctx, Path narrationWav, Duration length, Path target, Tracing.Span parent,
                       IntConsumer listener) throws IOException {
        Music music = ctx.spec().backgroundMusic().orElse(null);
        SoundtrackPlan plan = new SoundtrackPlan(narrationWav, length,
                music == null ? null : ctx.assets().of(-1, music.assetId()), music == null ? 0 : music.volume(),
                music != null && music.ducking(), LOUDNESS_TARGET, ctx.keys().soundtrackPieces());
        SoundtrackPieces[] made = {SoundtrackPieces.NONE};
        ctx.trace().ffmpeg(parent, "soundtrack",
                () -> made[0] = ctx.engine().composer().soundtrack(plan, target, listener));
        // each piece of the narration's AAC found kept or encoded (ADR 0042), told as cache "soundtrack-piece"
        for (int i = 0; i < made[0].kept() + made[0].encoded(); i++) {
            ctx.trace().cacheLookup(SOUNDTRACK_PIECE, -1, i < made[0].kept());
        }
        // each piece with sound found levelled or levelled on its own (ADR 0044), told as cache "soundtrack-level"
        for (int i = 0; i < made[0].levelKept() + made[0].levelled(); i++) {
            ctx.trace().cacheLookup(SOUNDTRACK_LEVEL, -1, i < made[0].levelKept());
        }
    }
}
