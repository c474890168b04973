package io.videogen.application.port.in;

import io.videogen.domain.shared.InvalidValueException;
import io.videogen.domain.shared.PermissionDeniedException;
import io.videogen.domain.user.Caller;
import io.videogen.domain.video.VideoId;
import io.videogen.domain.video.VideoTitle;
import java.util.Objects;
import java.util.Optional;

/**
 * Changes a video. Only a new title keeps the render; a new draft renders again. The title changes
 * only when {@code title} is given (a draft's own title is not used), so new content keeps the name.
 *
 * @param expectedVersion the version the client last saw (its ETag); a newer one means someone else changed it
 */
public record UpdateVideoCommand(Caller caller, VideoId videoId, long expectedVersion, VideoTitle title,
                                 VideoDraft draft) {

    public UpdateVideoCommand {
        Objects.requireNonNull(caller, "caller");
        Objects.requireNonNull(videoId, "videoId");
        if (!caller.mayCreate()) {
            throw new PermissionDeniedException("viewers cannot change videos");
        }
        if (title == null && draft == null) {
            throw new InvalidValueException("body", "nothing to change; give a title or new content");
        }
    }

    public Optional<VideoDraft> newDraft() {
        return Optional.ofNullable(draft);
    }
}
