package io.videogen.presentation.rest.provider;

import io.smallrye.mutiny.Uni;
import io.videogen.application.port.in.PronunciationsUseCase;
import io.videogen.presentation.security.CallerResolver;
import io.videogen.presentation.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The signed-in user's pronunciation list, said by every voice of the user's videos and never shown in captions. */
@Path("/api/v1/me/pronunciations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "voices")
@RolesAllowed({Roles.ADMIN, Roles.CREATOR, Roles.VIEWER})
public class PronunciationsResource {

    private static final String SHAPE = "An object of written word → what the voice says instead, e.g. "
            + "{\"videogen\": \"video gen\"}. A word is matched whole and in any case; at most 200 words, a word up "
            + "to 50 characters (letters and digits, joined by ' - or .), what is said 1 to 200 characters without "
            + "[ or ]. Captions keep the written word.";

    private final PronunciationsUseCase pronunciations;
    private final CallerResolver callers;

    public PronunciationsResource(PronunciationsUseCase pronunciations, CallerResolver callers) {
        this.pronunciations = pronunciations;
        this.callers = callers;
    }

    @GET
    @Operation(summary = "Your pronunciation list", description = SHAPE + " Words answer in lower case.")
    @APIResponse(responseCode = "200", description = "The list ({} when you set none)", content = @Content(
            schema = @Schema(type = SchemaType.OBJECT, additionalProperties = String.class,
                    example = "{\"videogen\": \"video gen\"}")))
    public Uni<Map<String, String>> get() {
        return pronunciations.get(callers.current());
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replace your pronunciation list", description = SHAPE + " The whole list is replaced "
            + "({} clears it); videos rendered afterwards are spoken with it.")
    @RequestBody(required = true, content = @Content(schema = @Schema(type = SchemaType.OBJECT,
            additionalProperties = String.class, example = "{\"videogen\": \"video gen\"}")))
    @APIResponse(responseCode = "200", description = "The list as stored", content = @Content(
            schema = @Schema(type = SchemaType.OBJECT, additionalProperties = String.class)))
    @APIResponse(responseCode = "400", description = "An entry cannot be used: the error names "
            + "pronunciations.<word> and what to change")
    public Uni<Map<String, String>> replace(Map<String, String> list) {
        return pronunciations.replace(callers.current(), list);
    }
}
