package io.videogen.presentation.rest.batch;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.videogen.domain.batch.Batch;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The batch resource of the contract. */
@Schema(name = "Batch")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record BatchResponse(
        UUID id,
        @Schema(enumeration = {"running", "completed", "cancelled"}) String status,
        int total,
        Counts counts,
        @Schema(description = "The video of each row, in row order") List<RowVideo> videos,
        Instant createdAt,
        @Schema(description = "When every video had ended") Instant endedAt) {

    @Schema(name = "BatchCounts")
    public record Counts(int queued, int processing, int completed, int failed, int cancelled) {
    }

    @Schema(name = "BatchVideo")
    public record RowVideo(@Schema(description = "Counts from 0") int row, UUID id) {
    }

    static BatchResponse of(Batch batch) {
        var counts = batch.counts();
        return new BatchResponse(batch.id().value(), batch.status().label(), batch.total(),
                new Counts(counts.queued(), counts.processing(), counts.completed(), counts.failed(), counts.cancelled()),
                IntStream.range(0, batch.videos().size())
                        .mapToObj(row -> new RowVideo(row, batch.videos().get(row).value())).toList(),
                batch.createdAt(), batch.endedAt().orElse(null));
    }
}
