package io.videogen.application.render;

import io.videogen.application.port.out.Tracing;
import io.videogen.application.port.out.VideoComposer.TimedCaption;
import io.videogen.application.port.out.MediaStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;

/**
 * Stage {@code render}: the segments joined with the soundtrack by stream copy, the thumbnail,
 * SRT and VTT captions and the words' times ({@code captions.json}), all stored in the media store. The video goes last: its presence says
 * the outputs are complete.
 */
final class OutputStage {

    private OutputStage() {
    }

    static void run(RenderContext ctx, Narration narration, Segments segments, IntConsumer percent)
            throws IOException {
        List<Subtitles.Cue> cues = new ArrayList<>();
        List<Subtitles.SceneWord> words = new ArrayList<>();
        for (SceneTimeline timeline : narration.timelines()) {
            List<TimedCaption> captions = timeline.captions();
            for (int c = 0; c < captions.size(); c++) {
                TimedCaption caption = captions.get(c);
                int index = c;
                List<CaptionWord> said = timeline.words().stream().filter(word -> word.caption() == index)
                        .map(word -> word.shifted(timeline.start())).toList();
                cues.add(new Subtitles.Cue(new TimedCaption(caption.lines(), caption.start().plus(timeline.start()),
                        caption.end().plus(timeline.start())), said));
                said.forEach(word -> words.add(new Subtitles.SceneWord(word, timeline.sceneIndex())));
            }
        }
        Tracing.Span parent = ctx.trace().currentScene();
        Path made = segments.soundtrack() != null ? segments.soundtrack().result() : null;
        Path track = made != null && Files.exists(made) ? made
                : Soundtracks.make(ctx, narration, parent, done -> percent.accept(done * 40 / 100));
        percent.accept(40);

        Path video = ctx.keys().finalVideo();
        Path firstSegment = segments.files().get(0);
        Duration at = narration.scene(0).duration().dividedBy(2);
        // The thumbnail's frame lies in the first scene, whose segment holds exactly the pictures the
        // video will.
        Path thumbnail = ctx.keys().thumbnail(firstSegment, at);
        // The video is joined on one core; the thumbnail (when still to make), the captions and their
        // storing on the other (ADR 0047: they no longer wait for the join). Their spans hang under the
        // stage's span, named here on the calling thread. The video is stored last, after both.
        String prefix = MediaStore.videoPrefix(ctx.videoId());
        boolean thumbnailMade = Files.exists(thumbnail);
        List<ParallelWork.Piece> pieces = new ArrayList<>();
        pieces.add(() -> ctx.trace().ffmpeg(parent, "assemble", () -> ctx.engine().composer().join(segments.files(),
                track, video, assembled -> percent.accept(40 + assembled * 40 / 100))));
        pieces.add(() -> {
            if (!thumbnailMade) {
                ctx.trace().ffmpeg(parent, "thumbnail",
                        () -> ctx.engine().composer().thumbnail(firstSegment, at, thumbnail));
            }
            storeBeside(ctx, prefix, cues, words, thumbnail);
        });
        new ParallelWork().run("assembly", pieces, 2);
        percent.accept(95);
        ctx.media().put(prefix + "video.mp4", video);
    }

    /** The SRT and VTT captions and the words' times written, and stored with the thumbnail. */
    private static void storeBeside(RenderContext ctx, String prefix, List<Subtitles.Cue> cues,
                                    List<Subtitles.SceneWord> words, Path thumbnail) throws IOException {
        Path srt = ctx.keys().captions("srt");
        Artefacts.writeAtomically(srt, Subtitles.srt(cues));
        Path vtt = ctx.keys().captions("vtt");
        Artefacts.writeAtomically(vtt, Subtitles.vtt(cues));
        Path json = ctx.keys().captions("json");
        Artefacts.writeAtomically(json, Subtitles.json(ctx.spec().voice().language(), words));
        ctx.media().put(prefix + "captions.srt", srt);
        ctx.media().put(prefix + "captions.vtt", vtt);
        ctx.media().put(prefix + "captions.json", json);
        ctx.media().put(prefix + "thumbnail.jpg", thumbnail);
    }
}
