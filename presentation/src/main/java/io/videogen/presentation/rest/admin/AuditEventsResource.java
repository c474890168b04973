package io.videogen.presentation.rest.admin;

import io.smallrye.mutiny.Uni;
import io.videogen.application.port.in.AuditTrailUseCase;
import io.videogen.domain.audit.SecurityEventType;
import io.videogen.domain.shared.InvalidValueException;
import io.videogen.domain.user.UserId;
import io.videogen.presentation.rest.common.PageResponse;
import io.videogen.presentation.rest.common.Paging;
import io.videogen.presentation.security.CallerResolver;
import io.videogen.presentation.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
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
            @BeanParam Paging paging) {
        return audit.list(callers.current(), Optional.ofNullable(userId).map(UserId::parse),
                        Optional.ofNullable(type).map(AuditEventsResource::type), paging.request())
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
