package io.videogen.application.port.out;

import io.videogen.domain.video.VideoId;
import java.io.IOException;

/** Per-video working directories for renders, kept between attempts so finished work is reused. */
public interface RenderWorkspaces {

    RenderWorkspace open(VideoId id) throws IOException;

    void remove(VideoId id) throws IOException;
}
