package io.videogen.domain.batch;

import java.util.Locale;

/** running until every video has ended (then completed), or cancelled by its owner. */
public enum BatchStatus {
    RUNNING, COMPLETED, CANCELLED;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
