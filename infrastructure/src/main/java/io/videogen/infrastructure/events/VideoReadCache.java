package io.videogen.infrastructure.events;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.videogen.application.port.out.VideoReadModel.VideoRead;
import io.videogen.application.port.out.WebhookDeliveries;
import io.videogen.domain.video.SceneProvenance;
import io.videogen.domain.video.Video;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.function.LongSupplier;

/**
 * The single reads of the video resource kept in memory until their video changes (docs/adr/0054),
 * for {@link KeptVideoReads}.
 * A read is served from here only while nothing can have changed it since its statement ran:
 * <ul>
 *   <li>the process hears every change: PostgreSQL notifies each committed change of a video's rows
 *       ({@link VideoRowChanges}); while that connection is down nothing is kept or served;</li>
 *   <li>a change of the video, heard or made here, since the read's {@link Stamp} was taken (before its
 *       statement) leaves the read unserved. Ids share a counter per stripe, so the memory is fixed;</li>
 *   <li>a write made in this process holds its stripe uncached for {@link #LOCAL_WRITE_HOLD}: its
 *       transaction commits, and its client reads, before PostgreSQL's notification of the commit
 *       reaches this process, and a read in between would see the row as it was.</li>
 * </ul>
 * Each hit is a fresh {@link Video} restored from the kept snapshot, never an object another request holds.
 */
final class VideoReadCache {

    /** Longer than any transaction of this service stays open after writing a video. */
    static final Duration LOCAL_WRITE_HOLD = Duration.ofSeconds(30);
    private static final int STRIPES = 1024;

    /** When a read's statement began, by what was heard until then. */
    record Stamp(long epoch, long changes) {
    }

    private record Kept(Stamp stamp, Video.Snapshot snapshot, Optional<WebhookDeliveries.Log> webhook,
                        List<SceneProvenance> provenance) {
    }

    private final Cache<UUID, Kept> kept;
    private final AtomicLongArray changes = new AtomicLongArray(STRIPES);
    /** {@code System.nanoTime()} until which a stripe is held, 0 for never (nano times may be negative). */
    private final AtomicLongArray heldUntil = new AtomicLongArray(STRIPES);
    private final AtomicLong epoch = new AtomicLong();
    private final LongSupplier nanoClock;
    private volatile boolean hearing;

    VideoReadCache(int maxEntries, LongSupplier nanoClock) {
        this.kept = Caffeine.newBuilder().maximumSize(maxEntries).expireAfterWrite(Duration.ofMinutes(10)).build();
        this.nanoClock = nanoClock;
    }

    /** The kept read of this video, if it may still be served. */
    Optional<VideoRead> find(UUID id) {
        Kept found = kept.getIfPresent(id);
        if (found == null || !current(id, found.stamp())) {
            return Optional.empty();
        }
        return Optional.of(new VideoRead(Video.restore(found.snapshot()), found.webhook(), found.provenance()));
    }

    /** Taken before a read's statement runs, and given back with its result to {@link #keep}. */
    Stamp stamp(UUID id) {
        return new Stamp(epoch.get(), changes.get(stripe(id)));
    }

    /** Keeps what a read found, unless the video may have changed since its stamp. */
    void keep(UUID id, Stamp stamp, VideoRead read) {
        if (current(id, stamp)) {
            kept.put(id, new Kept(stamp, read.video().snapshot(), read.webhook(), read.provenance()));
        }
    }

    /** PostgreSQL notified a committed change of this video's rows. */
    void changed(UUID id) {
        changes.incrementAndGet(stripe(id));
        kept.invalidate(id);
    }

    /** This process is about to write this video's rows. */
    void changing(UUID id) {
        long until = nanoClock.getAsLong() + LOCAL_WRITE_HOLD.toNanos();
        heldUntil.accumulateAndGet(stripe(id), until, (held, next) -> held == 0 || next - held > 0 ? next : held);
        changed(id);
    }

    /** Whether every change is heard from now on; a gap in hearing forgets everything kept. */
    void hearing(boolean now) {
        hearing = false;
        forget();
        hearing = now;
    }

    /** Forgets every kept read, and leaves unkept every read whose statement began before. */
    void forget() {
        epoch.incrementAndGet();
        kept.invalidateAll();
    }

    private boolean current(UUID id, Stamp stamp) {
        int stripe = stripe(id);
        long held = heldUntil.get(stripe);
        return hearing && stamp.epoch() == epoch.get() && stamp.changes() == changes.get(stripe)
                && (held == 0 || nanoClock.getAsLong() - held >= 0);
    }

    private static int stripe(UUID id) {
        long bits = id.getMostSignificantBits() ^ id.getLeastSignificantBits();
        return (int) (bits ^ (bits >>> 32)) & (STRIPES - 1);
    }
}
