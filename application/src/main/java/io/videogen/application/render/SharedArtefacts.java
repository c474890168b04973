package io.videogen.application.render;

import io.videogen.application.port.out.MediaStore;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Where workers share the artefacts a fanned-out render's tasks make (ADR 0024): in the media store,
 * under {@code artefacts/segments/<name>} and {@code artefacts/soundtracks/<name>}, the name being the
 * content-addressed file name {@link ArtefactKeys} gave it. No worker assumes another's disk.
 */
final class SharedArtefacts {

    static final String SEGMENTS = "artefacts/segments/";
    static final String SOUNDTRACKS = "artefacts/soundtracks/";

    private SharedArtefacts() {
    }

    static String keyOf(Path artefact) {
        String name = artefact.getFileName().toString();
        return (name.startsWith("soundtrack-") ? SOUNDTRACKS : SEGMENTS) + name;
    }

    /** Puts an artefact this worker made where the others find it. */
    static void share(MediaStore media, Path artefact) throws IOException {
        media.put(keyOf(artefact), artefact);
    }

    /** Copies an artefact another worker made into this workspace; false when no worker made it. */
    static boolean fetch(MediaStore media, Path target) throws IOException {
        String key = keyOf(target);
        if (media.find(key).isEmpty()) {
            return false;
        }
        media.copyTo(key, target);
        return true;
    }
}
