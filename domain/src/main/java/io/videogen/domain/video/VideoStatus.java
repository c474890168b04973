package io.videogen.domain.video;

import java.util.Locale;

public enum VideoStatus {
    DRAFT, QUEUED, PROCESSING, COMPLETED, FAILED, CANCELLED;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean isFinal() {
        return this == COMPLETED || this == FAILED || this == CANCELLED;
    }
}
