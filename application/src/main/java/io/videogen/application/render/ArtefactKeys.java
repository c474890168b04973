package io.videogen.application.render;

import io.videogen.application.port.out.RenderWorkspace;
import io.videogen.application.port.out.RenderWorkspace.Area;
import io.videogen.domain.asset.AssetId;
import io.videogen.domain.media.Music;
import io.videogen.domain.media.Resolution;
import io.videogen.domain.media.Visual;
import io.videogen.domain.media.Voice;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

/**
 * The one owner of artefact names. Every artefact a stage makes is named by a hash of everything
 * that shaped it ({@link ContentHash}), so a stage run again — after a crash, an edit, or on another
 * worker sharing the workspace — finds what it made before instead of making it again.
 */
final class ArtefactKeys {

    private static final String SPEECH = "speech-";

    private final RenderWorkspace workspace;

    ArtefactKeys(RenderWorkspace workspace) {
        this.workspace = workspace;
    }

    /** The script as narrated, for a person to read; not read back. */
    Path readableScript() throws IOException {
        return workspace.file(Area.SCRIPTS, "script.txt");
    }

    /**
     * The script as the writer wrote it from the video's scenes, read back by a later attempt.
     *
     * @param writer names the script writer, so another writer's script is not taken for its own
     */
    Path script(List<String> sceneFingerprints, String writer) throws IOException {
        return workspace.file(Area.SCRIPTS, "script-" + ContentHash.of(sceneFingerprints, writer) + ".txt");
    }

    /** One clip of speech (its word and phoneme timings lie beside it). */
    Path speech(Voice voice, String text) throws IOException {
        return workspace.file(Area.AUDIO, SPEECH + ContentHash.of(voice, text) + ".wav");
    }

    /** Whether an earlier render left clips of speech here (without creating the workspace's areas). */
    boolean holdsSpeech() {
        Path audio = workspace.root().resolve(Area.AUDIO.name().toLowerCase(java.util.Locale.ROOT));
        if (!Files.isDirectory(audio)) {
            return false;
        }
        try (Stream<Path> files = Files.list(audio)) {
            return files.map(file -> file.getFileName().toString())
                    .anyMatch(name -> name.startsWith(SPEECH) && name.endsWith(".wav"));
        } catch (IOException e) {
            return false;
        }
    }

    /** A scene's narration alone, as the presenter's lips follow it; remade with the performance. */
    Path sceneNarration(int sceneIndex) throws IOException {
        return workspace.file(Area.AUDIO, "scene-" + sceneIndex + ".wav");
    }

    /** The whole narration on the video's timeline, kept as the voice track to inspect or reuse. */
    Path narration() throws IOException {
        return workspace.file(Area.AUDIO, "narration.wav");
    }

    Path still(Visual visual, String title, Resolution frame, double oversize) throws IOException {
        return still(visual.fingerprint(), title, frame, oversize);
    }

    /** The still that stands for a generated clip (its first picture), named by the clip too. */
    Path still(Visual visual, Path generatedClip, String title, Resolution frame, double oversize) throws IOException {
        return still(visual.fingerprint() + "+clip:" + generatedClip.getFileName(), title, frame, oversize);
    }

    private Path still(String visual, String title, Resolution frame, double oversize) throws IOException {
        return workspace.file(Area.IMAGES, "still-" + ContentHash.of(visual, title, frame, oversize) + ".png");
    }

    /** A clip a video provider generated for a scene of this length (its maker lies beside it). */
    Path generatedClip(String prompt, Resolution frame, Duration sceneLength) throws IOException {
        return workspace.file(Area.IMAGES, "clip-" + ContentHash.of(prompt, frame, sceneLength.toNanos()) + ".mp4");
    }

    /**
     * How segments are coded; segments of different codings must not be joined by packet copy (their
     * parameter sets differ), so it names them too. 2: held pictures and stitchable parameter sets (ADR 0020);
     * 3: quality high codes moving frames with another preset, whose parameter sets differ from 2's (ADR 0032).
     */
    static final String SEGMENT_CODING = "coding-3";

    /** @param shape everything else that shapes the segment's pictures, in a fixed order */
    Path segment(Object... shape) throws IOException {
        Object[] named = new Object[shape.length + 1];
        named[0] = SEGMENT_CODING;
        System.arraycopy(shape, 0, named, 1, shape.length);
        return workspace.file(Area.SEGMENTS, "segment-" + ContentHash.of(named) + ".mp4");
    }

    /**
     * How a soundtrack's narration is laid, in its name: 2, each scene's speech on the soundtrack's frame grid
     * (ADR 0052), so a soundtrack laid by an older build is not taken for one laid so.
     */
    static final String NARRATION_LAYING = "laid-2";

    /**
     * @param placedSpeech each scene's clips and where the scene starts
     * @param grid         the soundtrack's frame, in samples, the scenes' speech is laid on
     */
    Path soundtrack(List<String> placedSpeech, int grid, Duration length, Music music, double loudnessTarget)
            throws IOException {
        return workspace.file(Area.AUDIO, "soundtrack-" + ContentHash.of(NARRATION_LAYING, grid, placedSpeech,
                length.toNanos(),
                music == null ? "-" : music.assetId() + ":" + music.volume() + ":" + music.ducking(), loudnessTarget)
                + ".m4a");
    }

    /**
     * Where soundtracks keep their encoded pieces, each named by its levelled samples and the encoder's
     * settings (the composer names them: only it sees the levelled samples; ADR 0042).
     */
    Path soundtrackPieces() throws IOException {
        return workspace.file(Area.AUDIO, "soundtrack-pieces");
    }

    /** Named after the segment its frame lies in, so an edit elsewhere finds it made already. */
    Path thumbnail(Path firstSegment, Duration at) throws IOException {
        return workspace.file(Area.IMAGES, "thumbnail-" + ContentHash.of(firstSegment.getFileName(), at.toNanos())
                + ".jpg");
    }

    Path asset(AssetId id) throws IOException {
        return workspace.file(Area.IMAGES, "asset-" + id);
    }

    /**
     * Where an artefact or input named by another worker goes in this workspace (ADR 0024): a segment,
     * the soundtrack, a still or a generated clip, by the content-addressed file name it was given here.
     */
    /**
     * The narration track a soundtrack task reads, in this workspace under the name it has in the
     * store ({@code soundtrack-<hash>.wav}, named by the soundtrack it makes): the worker that fans a
     * render out keeps it there, so its own soundtrack task copies nothing.
     */
    Path narrationFor(String storedName) throws IOException {
        if (!storedName.matches("soundtrack-[0-9a-zA-Z]+\\.wav")) {
            throw new IllegalArgumentException("not a soundtrack's narration: " + storedName);
        }
        return workspace.file(Area.AUDIO, storedName);
    }

    Path named(String name) throws IOException {
        if (!name.matches("(segment|soundtrack|still|clip)-[0-9a-zA-Z]+\\.(mp4|m4a|png)")) {
            throw new IllegalArgumentException("not an artefact name: " + name);
        }
        Area area = name.startsWith("segment-") ? Area.SEGMENTS
                : name.startsWith("soundtrack-") ? Area.AUDIO : Area.IMAGES;
        return workspace.file(area, name);
    }

    Path finalVideo() throws IOException {
        return workspace.file(Area.FINAL, "video.mp4");
    }

    Path captions(String extension) throws IOException {
        return workspace.file(Area.FINAL, "captions." + extension);
    }
}
