package io.videogen.domain.batch;

import io.videogen.domain.user.UserId;
import io.videogen.domain.video.CallbackUrl;
import io.videogen.domain.video.VideoId;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Videos made together from the rows of one request. The batch owns no render of its own: its
 * state is read from its videos' ({@link BatchCounts}), and it ends when all of them have.
 *
 * @param videos the video of each row, in row order (rows count from 0)
 * @param endedAt when the service saw every video ended (and sent batch.completed); empty before
 */
public record Batch(BatchId id, UserId owner, BatchStatus status, List<VideoId> videos, BatchCounts counts,
                    Optional<CallbackUrl> callbackUrl, Instant createdAt, Optional<Instant> endedAt) {

    public Batch {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(status, "status");
        videos = List.copyOf(videos);
        Objects.requireNonNull(counts, "counts");
        Objects.requireNonNull(callbackUrl, "callbackUrl");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(endedAt, "endedAt");
    }

    public int total() {
        return videos.size();
    }

    /** Whether nothing more will change: every video ended and the end was recorded. */
    public boolean ended() {
        return endedAt.isPresent();
    }
}
