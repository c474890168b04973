package io.videogen.presentation.mcp;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.videogen.presentation.rest.video.VideoResponse;
import io.videogen.presentation.rest.video.VideoResponse.ErrorResponse;
import io.videogen.presentation.rest.video.VideoResponse.OutputsResponse;
import io.videogen.presentation.rest.video.VideoResponse.ProgressResponse;
import java.net.URI;
import java.time.Instant;
import java.util.UUID;

/**
 * A video as a tool answers it: the REST resource's state with absolute URLs (an agent has no
 * base address to resolve a path against) and a sentence saying what to do next.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record McpVideo(UUID id, String title, String status, ProgressResponse progress, Long durationMs,
                ErrorResponse error, int attempt, Instant createdAt, Instant updatedAt, String url,
                OutputsResponse downloads, String next) {

    static McpVideo of(VideoResponse video, URI base) {
        OutputsResponse outputs = video.outputs() == null ? null : new OutputsResponse(
                absolute(base, video.outputs().video()), absolute(base, video.outputs().thumbnail()),
                absolute(base, video.outputs().captionsSrt()), absolute(base, video.outputs().captionsVtt()),
                absolute(base, video.outputs().captionsJson()));
        return new McpVideo(video.id(), video.title(), video.status(), video.progress(), video.durationMs(),
                video.error(), video.attempt(), video.createdAt(), video.updatedAt(),
                absolute(base, "/api/v1/videos/" + video.id()), outputs, next(video));
    }

    private static String next(VideoResponse video) {
        return switch (video.status()) {
            case "completed" -> "download the files in downloads with the same bearer token";
            case "failed" -> video.error() != null && video.error().retryable()
                    ? "the render failed but may succeed again: POST " + "/api/v1/videos/" + video.id() + "/retry"
                    : "the render failed; change what error names and create the video again";
            case "cancelled" -> "the render was cancelled";
            default -> "call get_video with this id again in a few seconds until status is completed or failed";
        };
    }

    private static String absolute(URI base, String path) {
        return base.resolve(path.startsWith("/") ? path.substring(1) : path).toString();
    }
}
