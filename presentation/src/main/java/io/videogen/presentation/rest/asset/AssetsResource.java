package io.videogen.presentation.rest.asset;

import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Uni;
import io.videogen.application.port.in.DownloadFilesUseCase;
import io.videogen.application.port.in.ManageAssetsUseCase;
import io.videogen.application.port.in.UploadAssetCommand;
import io.videogen.domain.asset.AssetId;
import io.videogen.domain.shared.InvalidValueException;
import io.videogen.presentation.input.TextRule;
import io.videogen.presentation.rest.common.Downloads;
import io.videogen.presentation.rest.common.PageResponse;
import io.videogen.presentation.rest.common.Paging;
import io.videogen.presentation.security.CallerResolver;
import io.videogen.presentation.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/**
 * Uploaded images (png, jpeg, webp) and sounds (wav, mp3). The type is sniffed from the bytes and
 * the file probed before it is kept; the name a client gives is only a label.
 */
@Path("/api/v1/assets")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "assets")
public class AssetsResource {

    private final ManageAssetsUseCase assets;
    private final DownloadFilesUseCase files;
    private final AssetResponses responses;
    private final CallerResolver callers;
    private final long maxBytes;

    public AssetsResource(ManageAssetsUseCase assets, DownloadFilesUseCase files, AssetResponses responses,
                          CallerResolver callers, AssetUploadConfig config) {
        this.assets = assets;
        this.files = files;
        this.responses = responses;
        this.callers = callers;
        this.maxBytes = config.maxBytes();
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed({Roles.ADMIN, Roles.CREATOR})
    @Operation(summary = "Upload an image, a sound or a video clip",
            description = "multipart/form-data with one part named file. A video (mp4, webm, mov) is probed: "
                    + "at most 4096x4096 pixels and ten minutes; its sound is not used.")
    @APIResponse(responseCode = "201", description = "Stored")
    @APIResponse(responseCode = "400", description = "Corrupt file, or no file part")
    @APIResponse(responseCode = "413", description = "Larger than the configured cap (50 MB by default)")
    @APIResponse(responseCode = "415", description = "Not png, jpeg, webp, wav, mp3, mp4, webm or mov (by its bytes)")
    public Uni<Response> upload(@RestForm("file") FileUpload file) {
        if (file == null || file.uploadedFile() == null) {
            throw new InvalidValueException("file", "send the file as a multipart/form-data part named 'file'");
        }
        if (file.size() > maxBytes) {
            throw new PayloadTooLargeException("the file has " + file.size() + " bytes; the limit is " + maxBytes
                    + " bytes");
        }
        if (file.size() == 0) {
            throw new InvalidValueException("file", "the file is empty");
        }
        if (file.fileName() != null) {
            TextRule.violation(file.fileName()).ifPresent(why -> {
                throw new InvalidValueException("file", "the file name " + why);
            });
        }
        UploadAssetCommand command = new UploadAssetCommand(callers.current(), fileName(file.fileName()),
                file.uploadedFile());
        return assets.upload(command).map(asset -> Response.created(URI.create("/api/v1/assets/" + asset.id()))
                .entity(responses.of(asset)).build());
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.CREATOR, Roles.VIEWER})
    @Operation(summary = "List your assets, newest first")
    public Uni<PageResponse<AssetResponse>> list(
            @BeanParam Paging paging) {
        return assets.list(callers.current(), paging.request())
                .map(found -> PageResponse.of(found, responses::of));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.CREATOR, Roles.VIEWER})
    @Operation(summary = "One asset's details")
    @APIResponse(responseCode = "404", description = "No such asset, or not yours")
    public Uni<AssetResponse> get(@PathParam("id") String id) {
        return assets.get(AssetId.parse(id), callers.current()).map(responses::of);
    }

    @GET
    @Path("/{id}/content")
    @Produces({"image/png", "image/jpeg", "image/webp", "audio/wav", "audio/mpeg", "video/mp4", "video/webm",
            "video/quicktime", "application/problem+json"})
    @Blocking
    @RolesAllowed({Roles.ADMIN, Roles.CREATOR, Roles.VIEWER})
    @Operation(summary = "Download an asset's bytes", description = "Supports Range requests (206).")
    public Response content(@PathParam("id") String id, @HeaderParam("Range") String range) throws IOException {
        DownloadFilesUseCase.Download download = files.assetContent(AssetId.parse(id), callers.current())
                .await().atMost(Duration.ofSeconds(30));
        return Downloads.respond(download, range, false);
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.CREATOR})
    @Operation(summary = "Delete an asset")
    @APIResponse(responseCode = "204", description = "Deleted")
    public Uni<Response> delete(@PathParam("id") String id) {
        return assets.delete(AssetId.parse(id), callers.current()).map(ignored -> Response.noContent().build());
    }

    private static String fileName(String given) {
        if (given == null || given.isBlank()) {
            return "upload";
        }
        String base = given.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1).strip();
        return base.isEmpty() ? "upload" : base.length() > 255 ? base.substring(0, 255) : base;
    }
}
