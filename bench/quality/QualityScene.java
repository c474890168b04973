package io.videogen.infrastructure.media;

import io.videogen.application.port.out.VideoComposer.SegmentPlan;
import io.videogen.application.port.out.VideoComposer.TimedCaption;
import io.videogen.application.render.RenderParallelism;
import io.videogen.domain.media.CaptionStyle;
import io.videogen.domain.media.Quality;
import io.videogen.domain.media.Resolution;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import javax.imageio.ImageIO;
import org.bytedeco.ffmpeg.avutil.AVFrame;

/**
 * The scene bench/quality.sh measures, and its lossless reference. Compiled by the script into the
 * infrastructure's package (it paints with the renderer's own package-private classes) and run
 * against a build's jars:
 *
 *   render DIR [presenter] [lead]     the scene rendered by that build's composer into DIR/segment.mp4
 *   reference DIR [presenter] [lead]  every frame exactly as the renderer hands it to the encoder, raw
 *                                     YUV420P, into DIR/reference.yuv: what a lossless encode decodes to
 *
 * With "lead", the first caption starts at 0.3 s, as the render's lead-in has it, and a build that keeps a
 * scene's lead (ADR 0041) is given one (DIR/lead.mp4, the fade's 9 frames before the caption): that
 * build codes them as a GOP of their own. Found by reflection, so the file compiles against a build before it.
 *
 * The scene is the middle scene of the standard job: 1280x720 at 30 fps, quality high (held pictures x264
 * medium, moving frames veryfast: ADR 0032), a gradient still faded in from the scene before over 1 s, a caption per sentence; with
 * "presenter", the default presenter speaks over it (a mouth shape per phoneme of a made-up timing,
 * 60 to 150 ms each, with pauses), as in bench/job-30s-presenter.json.
 */
public final class QualityScene {

    static final Resolution SIZE = new Resolution(1280, 720);
    static final int FPS = 30;

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[1]);
        Files.createDirectories(dir);
        List<String> flags = List.of(args).subList(2, args.length);
        SegmentPlan plan = plan(dir, flags.contains("lead") ? Duration.ofMillis(300) : Duration.ZERO);
        plan = flags.contains("presenter") ? withPresenter(plan) : plan;
        if (args[0].equals("render")) {
            new FfmpegVideoComposer(RenderParallelism.forThisMachine()).renderSegment(
                    flags.contains("lead") ? withLead(plan, dir.resolve("lead.mp4")) : plan,
                    dir.resolve("segment.mp4"), percent -> { });
        } else {
            reference(plan, dir.resolve("reference.yuv"));
        }
    }

    /** The plan with a lead of the fade's frames before the first caption, where the build knows leads. */
    static SegmentPlan withLead(SegmentPlan plan, Path file) throws Exception {
        Class<?> lead;
        try {
            lead = Class.forName("io.videogen.application.port.out.VideoComposer$SceneLead");
        } catch (ClassNotFoundException before) {
            return plan;
        }
        int frames = (int) SegmentPlan.class.getMethod("captionFreeFadeFrames").invoke(plan);
        Object made = lead.getConstructor(Path.class, int.class).newInstance(file, frames);
        return (SegmentPlan) SegmentPlan.class.getMethod("withLead", lead).invoke(plan, made);
    }

    static SegmentPlan plan(Path dir, Duration firstCaption) throws Exception {
        Path still = gradient(dir.resolve("scene-2.png"), new Color(0x134e5e), new Color(0x71b280), "How it works");
        Path previous = gradient(dir.resolve("scene-1.png"), new Color(0x1e3c72), new Color(0x2a5298), "Introduction");
        List<TimedCaption> captions = List.of(
                new TimedCaption(List.of("The second scene explains how the script", "is split into scenes,"),
                        firstCaption, Duration.ofMillis(2400)),
                new TimedCaption(List.of("converted to speech, and composed", "with images."),
                        Duration.ofMillis(2400), Duration.ofMillis(5200)),
                new TimedCaption(List.of("Each scene is rendered on its own."),
                        Duration.ofMillis(5200), Duration.ofMillis(7000)));
        return new SegmentPlan(1, SIZE, FPS, Quality.HIGH, Duration.ofSeconds(7), still, false, previous,
                Duration.ofSeconds(1), captions, CaptionStyle.defaults(), null);
    }

    /** The plan with the default presenter speaking over it: phonemes of 60-150 ms, a pause after every eighth. */
    static SegmentPlan withPresenter(SegmentPlan plan) {
        String[] sounds = {"ae", "m", "iy", "s", "ow", "t", "uw", "f", "aa", "l", "eh", "p"};
        java.util.Random random = new java.util.Random(16);
        List<io.videogen.domain.speech.PhonemeTiming> phonemes = new java.util.ArrayList<>();
        long at = 300;
        for (int i = 0; at < 6800; i++) {
            long length = 60 + random.nextInt(91);
            phonemes.add(new io.videogen.domain.speech.PhonemeTiming(sounds[random.nextInt(sounds.length)],
                    Duration.ofMillis(at), Duration.ofMillis(at + length)));
            at += length + (i % 8 == 7 ? 250 : 0);
        }
        io.videogen.application.port.out.SpeechClip speech = new io.videogen.application.port.out.SpeechClip(
                null, Duration.ofSeconds(7), List.of(), phonemes);
        int frames = plan.frameCount();
        io.videogen.application.port.out.AvatarAnimator.AvatarPerformance presenter =
                new io.videogen.infrastructure.avatar.ProceduralAvatarAnimator().perform(
                        io.videogen.domain.avatar.AvatarLook.Procedural.defaults(), null,
                        io.videogen.domain.avatar.AvatarConfig.defaults(), SIZE, speech, 0, frames, FPS);
        return new SegmentPlan(plan.sceneIndex(), plan.frame(), plan.fps(), plan.quality(), plan.duration(),
                plan.still(), plan.kenBurns(), plan.previousStill(), plan.transition(), plan.captions(),
                plan.captionStyle(), presenter);
    }

    private static Path gradient(Path file, Color from, Color to, String title) throws Exception {
        BufferedImage image = new BufferedImage(SIZE.width(), SIZE.height(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setPaint(new GradientPaint(0, 0, from, SIZE.width(), SIZE.height(), to));
        g.fillRect(0, 0, SIZE.width(), SIZE.height());
        g.setColor(Color.WHITE);
        g.setFont(io.videogen.infrastructure.fonts.BundledFonts.bold(64));
        g.drawString(title, 360, 340);
        g.dispose();
        ImageIO.write(image, "png", file.toFile());
        return file;
    }

    /** Paints and converts every frame as SegmentRenderer does, fades included, and writes the YUV planes. */
    private static void reference(SegmentPlan plan, Path file) throws Exception {
        int frames = plan.frameCount();
        try (SceneCanvas canvas = SceneCanvas.prepare(plan, frames);
             PictureConverter converter = new PictureConverter(plan.frame());
             OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 20)) {
            Crossfade crossfade = new Crossfade();
            for (int frame = 0; frame < frames; frame++) {
                FrameKey key = canvas.keyOf(frame);
                AVFrame picture = converter.convert(canvas.paint(frame, key));
                if (frame < canvas.transitionFrames()) {
                    AVFrame from = converter.convert(canvas.paintPrevious(key));
                    AVFrame blended = crossfade.blend(from, picture, (double) frame / canvas.transitionFrames());
                    org.bytedeco.ffmpeg.global.avutil.av_frame_free(from);
                    org.bytedeco.ffmpeg.global.avutil.av_frame_free(picture);
                    picture = blended;
                }
                write(picture, out);
                org.bytedeco.ffmpeg.global.avutil.av_frame_free(picture);
            }
        }
    }

    private static void write(AVFrame picture, OutputStream out) throws Exception {
        byte[] row = new byte[picture.width()];
        for (int plane = 0; plane < 3; plane++) {
            int width = plane == 0 ? picture.width() : (picture.width() + 1) / 2;
            int height = plane == 0 ? picture.height() : (picture.height() + 1) / 2;
            for (int y = 0; y < height; y++) {
                picture.data(plane).position((long) y * picture.linesize(plane)).get(row, 0, width);
                out.write(row, 0, width);
            }
            picture.data(plane).position(0);
        }
    }
}
