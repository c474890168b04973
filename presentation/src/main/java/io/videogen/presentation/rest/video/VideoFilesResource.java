package io.videogen.presentation.rest.video;

import io.smallrye.common.annotation.Blocking;
import io.videogen.application.port.in.DownloadFilesUseCase;
import io.videogen.application.port.in.DownloadFilesUseCase.VideoFile;
import io.videogen.domain.video.VideoId;
import io.videogen.presentation.rest.common.Downloads;
import io.videogen.presentation.security.CallerResolver;
import io.videogen.presentation.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * What a completed video produced: the MP4, its thumbnail, its captions (SubRip, WebVTT with word
 * timestamps) and its words' times, each with Range support.
 */
@Path("/api/v1/videos/{id}")
@Tag(name = "videos")
public class VideoFilesResource {

    private static final Duration FILE_LOOKUP_TIMEOUT = Duration.ofSeconds(30);

    private final DownloadFilesUseCase files;
    private final CallerResolver callers;

    public VideoFilesResource(DownloadFilesUseCase files, CallerResolver callers) {
        this.files = files;
        this.callers = callers;
    }

    @GET
    @Path("/file")
    @Produces({"video/mp4", "application/problem+json"})
    @Blocking
    @RolesAllowed({Roles.ADMIN, Roles.CREATOR, Roles.VIEWER})
    @Operation(summary = "Download the MP4", description = "Supports Range requests (206).")
    @APIResponse(responseCode = "200", content = @Content(mediaType = "video/mp4"))
    @APIResponse(responseCode = "206", description = "The requested byte range")
    @APIResponse(responseCode = "409", description = "Not completed yet")
    public Response file(@PathParam("id") String id, @HeaderParam("Range") String range) throws IOException {
        return download(id, VideoFile.VIDEO, range);
    }

    @GET
    @Path("/thumbnail")
    @Produces({"image/jpeg", "application/problem+json"})
    @Blocking
    @RolesAllowed({Roles.ADMIN, Roles.CREATOR, Roles.VIEWER})
    @Operation(summary = "Download the thumbnail (JPEG)")
    public Response thumbnail(@PathParam("id") String id, @HeaderParam("Range") String range) throws IOException {
        return download(id, VideoFile.THUMBNAIL, range);
    }

    @GET
    @Path("/captions.srt")
    @Produces({"application/x-subrip", "application/problem+json"})
    @Blocking
    @RolesAllowed({Roles.ADMIN, Roles.CREATOR, Roles.VIEWER})
    @Operation(summary = "Download the captions as SubRip")
    public Response captionsSrt(@PathParam("id") String id, @HeaderParam("Range") String range) throws IOException {
        return download(id, VideoFile.CAPTIONS_SRT, range);
    }

    @GET
    @Path("/captions.vtt")
    @Produces({"text/vtt", "application/problem+json"})
    @Blocking
    @RolesAllowed({Roles.ADMIN, Roles.CREATOR, Roles.VIEWER})
    @Operation(summary = "Download the captions as WebVTT")
    public Response captionsVtt(@PathParam("id") String id, @HeaderParam("Range") String range) throws IOException {
        return download(id, VideoFile.CAPTIONS_VTT, range);
    }

    @GET
    @Path("/captions.json")
    @Produces({"application/json", "application/problem+json"})
    @Blocking
    @RolesAllowed({Roles.ADMIN, Roles.CREATOR, Roles.VIEWER})
    @Operation(summary = "Download every spoken word with its time",
            description = "{language, words: [{text, startMs, endMs, scene}]}: times on the video's timeline, "
                    + "scenes counted from 0.")
    @APIResponse(responseCode = "200", content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = CaptionWordsDocument.class)))
    @APIResponse(responseCode = "409", description = "Not completed yet")
    public Response captionsJson(@PathParam("id") String id, @HeaderParam("Range") String range) throws IOException {
        return download(id, VideoFile.CAPTIONS_JSON, range);
    }

    /** The shape of {@code captions.json}, for the OpenAPI document (the file is written by the render). */
    @Schema(name = "CaptionWords")
    public record CaptionWordsDocument(@Schema(examples = "en") String language, List<WordDocument> words) {

        @Schema(name = "CaptionWord")
        public record WordDocument(@Schema(examples = "Welcome") String text, @Schema(examples = "320") long startMs,
                                   @Schema(examples = "710") long endMs,
                                   @Schema(description = "The scene that says it, from 0") int scene) {
        }
    }

    private Response download(String id, VideoFile file, String range) throws IOException {
        DownloadFilesUseCase.Download found = files.videoFile(VideoId.parse(id), callers.current(), file)
                .await().atMost(FILE_LOOKUP_TIMEOUT);
        return Downloads.respond(found, range, file == VideoFile.VIDEO);
    }
}
