package io.videogen.infrastructure.storage;

import java.io.IOException;
import java.time.Instant;

/** A media store that can drop what was written under a prefix before a moment (the artefact retention). */
interface AgedMedia {

    /** @return how many files were deleted */
    int deleteWrittenBefore(String prefix, Instant cutoff) throws IOException;
}
