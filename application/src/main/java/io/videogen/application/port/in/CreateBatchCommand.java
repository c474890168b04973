package io.videogen.application.port.in;

import io.videogen.domain.shared.InvalidValueException;
import io.videogen.domain.shared.PermissionDeniedException;
import io.videogen.domain.user.Caller;
import io.videogen.domain.video.CallbackUrl;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One video per row: each row's draft is the batch's spec with that row's variables.
 *
 * @param rows the drafts in row order; a failure of row i is reported as {@code rows[i].<variable>}
 */
public record CreateBatchCommand(Caller caller, List<VideoDraft> rows, Optional<CallbackUrl> callbackUrl) {

    public CreateBatchCommand {
        Objects.requireNonNull(caller, "caller");
        Objects.requireNonNull(callbackUrl, "callbackUrl");
        if (!caller.mayCreate()) {
            throw new PermissionDeniedException("viewers cannot create videos; ask an admin for the creator role");
        }
        if (rows == null || rows.isEmpty()) {
            throw new InvalidValueException("rows", "give at least one row of variables");
        }
        rows = List.copyOf(rows);
    }
}
