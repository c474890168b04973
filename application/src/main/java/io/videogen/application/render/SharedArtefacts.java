package io.videogen.application.render;

import io.videogen.application.port.out.FanOutStep;
import io.videogen.application.port.out.MediaStore;
import io.videogen.application.port.out.RenderObserver;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where workers share the artefacts a fanned-out render's tasks make (ADR 0024): in the media store,
 * under {@code artefacts/segments/<name>} and {@code artefacts/soundtracks/<name>}, the name being the
 * content-addressed file name {@link ArtefactKeys} gave it; and the stills and generated clips the tasks
 * show, which the job that fans out puts under {@code artefacts/inputs/} first (a task's
 * {@link TaskBrief} travels in its queue row; the narration stays on the home worker, named as under
 * {@code artefacts/narrations/}). No worker assumes another's disk. Everything here is under
 * {@code artefacts/}, which the store's retention sweeps.
 */
final class SharedArtefacts {

    static final String SEGMENTS = "artefacts/segments/";
    static final String SOUNDTRACKS = "artefacts/soundtracks/";
    static final String INPUTS = "artefacts/inputs/";
    static final String NARRATIONS = "artefacts/narrations/";

    private SharedArtefacts() {
    }

    static String keyOf(Path artefact) {
        String name = artefact.getFileName().toString();
        return (name.startsWith("soundtrack-") ? SOUNDTRACKS : SEGMENTS) + name;
    }

    /** A still or a generated clip a task reads, by its content-addressed file name. */
    static String inputOf(Path file) {
        return INPUTS + file.getFileName();
    }

    /** The narration track a soundtrack is made from, by the soundtrack's name (which names all of it). */
    static String narrationOf(Path soundtrack) {
        String name = soundtrack.getFileName().toString();
        return NARRATIONS + name.substring(0, name.lastIndexOf('.')) + ".wav";
    }

    /** Puts an artefact this worker made where the others find it. */
    static void share(MediaStore media, Path artefact) throws IOException {
        media.put(keyOf(artefact), artefact);
    }

    /**
     * The segments (and soundtrack) other workers made for a video whose job waits, copied into its
     * workspace by the worker that fanned it out while that worker has nothing else to do (ADR 0024,
     * "Segments fetched ahead"): its assembly finds them here instead of asking the store. Those the
     * workspace holds are not asked for; the copies side by side, as in {@link #fetch}; the whole step timed
     * as its own time, off the worker's path. The names are content hashes: a task redone makes the same bytes.
     */
    static void fetchAhead(MediaStore media, ArtefactKeys keys, List<String> artefacts, RenderObserver observer)
            throws IOException {
        Map<String, Path> missing = new LinkedHashMap<>();
        for (String artefact : artefacts) {
            Path target = keys.named(artefact);
            if (!Files.exists(target)) {
                missing.put(keyOf(target), target);
            }
        }
        if (missing.isEmpty()) {
            return;
        }
        long started = System.nanoTime();
        try {
            media.copyEachTo(missing);
        } finally {
            observer.fanOutStep(FanOutStep.ARTEFACT_GET_AHEAD, Duration.ofNanos(System.nanoTime() - started));
        }
    }

    /**
     * Copies the artefacts other workers made among these into this workspace; those no worker made
     * stay missing, so the caller finds which were copied by looking for the files. One request per
     * artefact, whether it is there or not (a look first was a second round trip to a bucket), the
     * requests side by side as the store allows ({@link MediaStore#copyEachTo}), and the whole step
     * timed once, as the wall time it took.
     */
    static void fetch(RenderContext ctx, Collection<Path> targets) throws IOException {
        if (targets.isEmpty()) {
            return;
        }
        Map<String, Path> byKey = new LinkedHashMap<>();
        for (Path target : targets) {
            byKey.put(keyOf(target), target);
        }
        ctx.trace().fanOut(FanOutStep.ARTEFACT_GET, () -> ctx.media().copyEachTo(byKey));
    }
}
