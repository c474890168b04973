package io.videogen.application.fakes;

import io.videogen.application.port.out.RenderWorkspace;
import io.videogen.application.port.out.RenderWorkspaces;
import io.videogen.domain.video.VideoId;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

public final class DirectoryWorkspaces implements RenderWorkspaces {

    private final Path root;

    public DirectoryWorkspaces(Path root) {
        this.root = root;
    }

    @Override
    public RenderWorkspace open(VideoId id) throws IOException {
        return new RenderWorkspace(Files.createDirectories(root.resolve(id.toString())));
    }

    @Override
    public void remove(VideoId id) {
    }
}
