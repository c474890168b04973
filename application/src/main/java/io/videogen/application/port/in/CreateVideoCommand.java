package io.videogen.application.port.in;

import io.videogen.domain.shared.PermissionDeniedException;
import io.videogen.domain.user.Caller;
import java.util.Objects;

public record CreateVideoCommand(Caller caller, VideoDraft draft) {

    public CreateVideoCommand {
        Objects.requireNonNull(caller, "caller");
        Objects.requireNonNull(draft, "draft");
        if (!caller.mayCreate()) {
            throw new PermissionDeniedException("viewers cannot create videos; ask an admin for the creator role");
        }
    }
}
