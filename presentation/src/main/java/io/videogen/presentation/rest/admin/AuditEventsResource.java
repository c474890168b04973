package io.videogen.presentation.rest.admin;

import io.smallrye.mutiny.Uni;
import io.videogen.application.port.in.AuditTrailUseCase;
import io.videogen.domain.audit.SecurityEventType;
import io.videogen.domain.shared.InvalidValueException;
import io.videogen.domain.shared.PageRequest;
import io.videogen.domain.user.UserId;
import io.videogen.presentation.rest.common.PageResponse;
import io.videogen.presentation.security.CallerResolver;
import io.videogen.presentation.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The audit trail of security events, newest first, for admins. */
@Path("/api/v1/admin/security-events")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "admin")
@RolesAllowed(Roles.ADMIN)
public class AuditEventsResource {

    private final AuditTrailUseCase audit;
    private final CallerResolver callers;

    public AuditEventsResource(AuditTrailUseCase audit, CallerResolver callers) {
        this.audit = audit;
        this.callers = callers;
    }

    @GET
    @Operation(summary = "Security events, newest first",
            description = "Sign-ins, failures, lockouts, token refresh and reuse, role changes, refused access.")
    public Uni<PageResponse<SecurityEventResponse>> list(
            @QueryParam("userId") String userId,
            @QueryParam("type") String type,
            @QueryParam("page") @DefaultValue("0") @Min(value = 0, message = "page counts from 0") int page,
            @QueryParam("size") @DefaultValue("20") @Min(value = 1, message = "size must be between 1 and 100")
            @Max(value = 100, message = "size must be between 1 and 100") int size) {
        return audit.list(callers.current(), Optional.ofNullable(userId).map(UserId::parse),
                        Optional.ofNullable(type).map(AuditEventsResource::type), new PageRequest(page, size))
                .map(found -> PageResponse.of(found, SecurityEventResponse::of));
    }

    private static SecurityEventType type(String text) {
        try {
            return SecurityEventType.valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException("type", "type '" + text + "' is not an event type; use one of "
                    + Arrays.stream(SecurityEventType.values()).map(Enum::name).collect(Collectors.joining(", ")));
        }
    }
}
