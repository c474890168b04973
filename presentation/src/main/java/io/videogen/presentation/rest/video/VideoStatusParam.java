package io.videogen.presentation.rest.video;

import io.videogen.domain.shared.InvalidValueException;
import io.videogen.domain.video.VideoStatus;
import java.util.Locale;

/** The {@code status} filter of the video list. */
public final class VideoStatusParam {

    private VideoStatusParam() {
    }

    public static VideoStatus parse(String text) {
        String wanted = text.strip().toUpperCase(Locale.ROOT);
        for (VideoStatus status : VideoStatus.values()) {
            if (status != VideoStatus.DRAFT && status.name().equals(wanted)) {
                return status;
            }
        }
        throw new InvalidValueException("status", "status '" + text
                + "' is not one of queued, processing, completed, failed, cancelled");
    }
}
