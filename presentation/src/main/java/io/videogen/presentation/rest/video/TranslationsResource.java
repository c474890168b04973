package io.videogen.presentation.rest.video;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Uni;
import io.videogen.application.port.in.CreateVideoUseCase;
import io.videogen.application.port.in.CreateVideoUseCase.IdempotencyKey;
import io.videogen.application.port.in.TranslateVideoUseCase;
import io.videogen.domain.feature.Feature;
import io.videogen.domain.user.Caller;
import io.videogen.domain.video.Video;
import io.videogen.domain.video.VideoId;
import io.videogen.presentation.rest.common.ETags;
import io.videogen.presentation.security.CallerResolver;
import io.videogen.presentation.security.RequiresFeature;
import io.videogen.presentation.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Translated (dubbed) copies of a video: each a new video, queued and followed like any other. */
@Path("/api/v1/videos/{id}/translations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "videos")
@RequiresFeature(Feature.TRANSLATIONS)
public class TranslationsResource {

    private final TranslateVideoUseCase translations;
    private final CreateVideoUseCase creation;
    private final VideoResponses responses;
    private final CallerResolver callers;
    private final ObjectMapper json;

    public TranslationsResource(TranslateVideoUseCase translations, CreateVideoUseCase creation,
                                VideoResponses responses, CallerResolver callers, ObjectMapper json) {
        this.translations = translations;
        this.creation = creation;
        this.responses = responses;
        this.callers = callers;
        this.json = json;
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.CREATOR})
    @Operation(summary = "Translate a video into another language",
            description = "Answers 202 with a new video (sourceVideoId, language) at once. Its script stage translates "
                    + "every spoken text, caption and title with the chat provider in one structured call, keeping "
                    + "scene boundaries, glossary terms and {{variables}} (checked after the call; a second answer "
                    + "that breaks them fails the video with TRANSLATION_FAILED). Same visuals, template and avatar; "
                    + "spoken by voiceId, else the first voice listed for the language. Follow it like any video; "
                    + "Idempotency-Key as for POST /videos.")
    @APIResponse(responseCode = "202", description = "Accepted and queued",
            content = @Content(schema = @Schema(implementation = VideoResponse.class)))
    @APIResponse(responseCode = "400", description = "No voice for the language (names voiceId), an unknown voiceId, "
            + "or a bad language tag")
    @APIResponse(responseCode = "403", description = "FEATURE_DISABLED: an admin switched translations off")
    @APIResponse(responseCode = "404", description = "No such video of yours")
    @APIResponse(responseCode = "409", description = "The first request with this Idempotency-Key is still being handled")
    @APIResponse(responseCode = "422", description = "Idempotency-Key reused with another body")
    public Uni<Response> translate(
            @PathParam("id") String id,
            @Valid @NotNull(message = "send {\"language\": \"es\"}") TranslateVideoRequest body,
            @Parameter(description = "Makes the request safe to repeat: one key, one video (kept for 24 hours)")
            @HeaderParam("Idempotency-Key") String idempotencyKey) {
        Caller caller = callers.current();
        VideoId source = VideoId.parse(id);
        IdempotencyKey key = idempotencyKey == null ? null
                : new IdempotencyKey(idempotencyKey, fingerprint(id, body));
        return translations.translate(caller, source, body.language(), body.voiceId(), body.glossary(), key)
                .chain(made -> {
                    if (made.replayed()) {
                        String first = made.firstResponse().orElseGet(() -> responseBody(made.video()));
                        return Uni.createFrom().item(accepted(made.video(), first)
                                .header("Idempotent-Replayed", "true"));
                    }
                    String first = responseBody(made.video());
                    if (key == null) {
                        return Uni.createFrom().item(accepted(made.video(), first));
                    }
                    return creation.rememberResponse(caller.userId(), key, first)
                            .replaceWith(accepted(made.video(), first))
                            .onFailure().recoverWithItem(accepted(made.video(), first));
                }).map(Response.ResponseBuilder::build);
    }

    private Response.ResponseBuilder accepted(Video video, String body) {
        return Response.accepted(body).type(MediaType.APPLICATION_JSON)
                .location(URI.create(VideoResponses.BASE + video.id())).tag(ETags.of(video.version()));
    }

    private String responseBody(Video video) {
        try {
            return json.writeValueAsString(responses.of(video));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write video " + video.id(), e);
        }
    }

    /** The source and the request as parsed: the same body for another video is another request. */
    private String fingerprint(String id, TranslateVideoRequest body) {
        try {
            byte[] canonical = (id + "\n" + json.writeValueAsString(body)).getBytes(StandardCharsets.UTF_8);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical));
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("cannot fingerprint the request", e);
        }
    }
}
