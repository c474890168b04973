package io.videogen.presentation.rest.admin;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Bodies of the admin endpoints. */
public final class AdminRequests {

    private AdminRequests() {
    }

    @Schema(name = "RolesRequest")
    public record Roles(@Schema(examples = "[\"viewer\"]")
                        @NotEmpty(message = "roles must name at least one of admin, creator, viewer")
                        @Size(max = 3, message = "roles has at most admin, creator and viewer")
                        List<String> roles) {
    }

    @Schema(name = "LockRequest")
    public record Lock(@Schema(description = "When the lock ends; absent locks until an admin unlocks")
                       Instant until) {
    }
}
