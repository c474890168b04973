package io.videogen.application.port.in;

import io.videogen.domain.shared.PermissionDeniedException;
import io.videogen.domain.user.Caller;
import java.nio.file.Path;
import java.util.Objects;

/** An uploaded file, already spooled to a temporary file by the inbound adapter. */
public record UploadAssetCommand(Caller caller, String fileName, Path upload) {

    public UploadAssetCommand {
        Objects.requireNonNull(caller, "caller");
        Objects.requireNonNull(upload, "upload");
        if (!caller.mayCreate()) {
            throw new PermissionDeniedException("viewers cannot upload assets");
        }
    }
}
