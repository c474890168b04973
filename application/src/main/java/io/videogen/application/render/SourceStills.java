package io.videogen.application.render;

import io.videogen.application.port.out.RenderWorkspace;
import io.videogen.application.port.out.RenderWorkspace.Area;
import io.videogen.application.port.out.RenderWorkspaces;
import io.videogen.domain.video.VideoId;
import io.videogen.domain.video.VideoSpec;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * A translation's workspace starts with its source's stills. Workspaces are per video, but a still is
 * named by what it shows ({@link ArtefactKeys#still}), so a scene whose picture and title did not
 * change finds the source's still under the same name and is not painted again; the others are.
 */
final class SourceStills {

    private SourceStills() {
    }

    /** The video's own workspace, seeded with its source's stills when it is a translation. */
    static RenderWorkspace open(RenderWorkspaces workspaces, VideoId id, VideoSpec spec) throws IOException {
        RenderWorkspace own = workspaces.open(id);
        if (spec.translationOf().isPresent()) {
            copy(workspaces.open(new VideoId(spec.translationOf().get().sourceVideoId())).area(Area.IMAGES),
                    own.area(Area.IMAGES));
        }
        return own;
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.list(from)) {
            for (Path file : files.filter(f -> f.getFileName().toString().startsWith("still-")).toList()) {
                Path target = to.resolve(file.getFileName().toString());
                if (Files.exists(target)) {
                    continue;
                }
                try {
                    // a link costs no space; a copy where links cannot be made (another file system)
                    Files.createLink(target, file);
                } catch (FileAlreadyExistsException e) {
                    // another attempt seeded it meanwhile
                } catch (IOException | UnsupportedOperationException e) {
                    Files.copy(file, target);
                }
            }
        }
    }
}
