package io.videogen.infrastructure.events;

import static org.assertj.core.api.Assertions.assertThat;

import io.videogen.application.port.out.VideoReadModel.VideoRead;
import io.videogen.domain.avatar.AvatarConfig;
import io.videogen.domain.media.CaptionStyle;
import io.videogen.domain.media.ImageSyncConfig;
import io.videogen.domain.media.VideoConfig;
import io.videogen.domain.media.Visual;
import io.videogen.domain.media.Voice;
import io.videogen.domain.script.CaptionCue;
import io.videogen.domain.user.UserId;
import io.videogen.domain.video.Scene;
import io.videogen.domain.video.Script;
import io.videogen.domain.video.Video;
import io.videogen.domain.video.VideoId;
import io.videogen.domain.video.VideoSpec;
import io.videogen.domain.video.VideoTitle;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** When a kept read of a video may be served, and when not (docs/adr/0054). */
class VideoReadCacheTest {

    /** A nano time may be negative; a hold must still end 30 s later, not at once. */
    private long now = -60_000_000_000L;
    private final VideoReadCache cache = new VideoReadCache(100, () -> now);
    private final VideoRead read = read("Harbour tour");
    private final UUID id = read.video().id().value();

    @BeforeEach
    void hear() {
        cache.hearing(true);
    }

    @Test
    void aReadKeptWhileNothingChangedIsServedAsAFreshVideoEachTime() {
        cache.keep(id, cache.stamp(id), read);

        VideoRead first = cache.find(id).orElseThrow();
        VideoRead second = cache.find(id).orElseThrow();

        assertThat(first.video().snapshot()).isEqualTo(read.video().snapshot());
        assertThat(first.video()).isNotSameAs(second.video()).isNotSameAs(read.video());
        assertThat(first.webhook()).isEqualTo(read.webhook());
        assertThat(first.provenance()).isEqualTo(read.provenance());
    }

    @Test
    void aChangeHeardWhileTheStatementRanLeavesItsResultUnkept() {
        VideoReadCache.Stamp stamp = cache.stamp(id);
        cache.changed(id);
        cache.keep(id, stamp, read);

        assertThat(cache.find(id)).isEmpty();
    }

    @Test
    void aChangeHeardAfterwardsForgetsTheKeptRead() {
        cache.keep(id, cache.stamp(id), read);
        cache.changed(id);

        assertThat(cache.find(id)).isEmpty();
        cache.keep(id, cache.stamp(id), read);
        assertThat(cache.find(id)).isPresent();
    }

    @Test
    void aWriteOfThisProcessHoldsTheVideoUncachedForAWhile() {
        cache.keep(id, cache.stamp(id), read);
        cache.changing(id);

        assertThat(cache.find(id)).isEmpty();
        cache.keep(id, cache.stamp(id), read);
        assertThat(cache.find(id)).as("read before its commit is heard").isEmpty();

        now += VideoReadCache.LOCAL_WRITE_HOLD.toNanos();
        cache.keep(id, cache.stamp(id), read);
        assertThat(cache.find(id)).isPresent();
    }

    @Test
    void otherVideosStayKeptWhenOneChanges() {
        VideoRead other = read("Old town");
        UUID otherId = other.video().id().value();
        cache.keep(otherId, cache.stamp(otherId), other);

        cache.changed(inAnotherStripeThan(otherId));

        assertThat(cache.find(otherId)).isPresent();
    }

    @Test
    void nothingIsKeptOrServedWhileChangesGoUnheard() {
        cache.keep(id, cache.stamp(id), read);
        VideoReadCache.Stamp beforeTheGap = cache.stamp(id);
        cache.hearing(false);

        assertThat(cache.find(id)).isEmpty();
        cache.keep(id, cache.stamp(id), read);
        assertThat(cache.find(id)).isEmpty();

        cache.hearing(true);
        assertThat(cache.find(id)).as("kept before the gap").isEmpty();
        cache.keep(id, beforeTheGap, read);
        assertThat(cache.find(id)).as("read before the gap, kept after it").isEmpty();
        cache.keep(id, cache.stamp(id), read);
        assertThat(cache.find(id)).isPresent();
    }

    /** An id whose change does not touch the counter {@code other} shares with its stripe. */
    private static UUID inAnotherStripeThan(UUID other) {
        while (true) {
            UUID candidate = UUID.randomUUID();
            VideoReadCache probe = new VideoReadCache(10, () -> 0);
            VideoReadCache.Stamp before = probe.stamp(other);
            probe.changed(candidate);
            if (before.equals(probe.stamp(other))) {
                return candidate;
            }
        }
    }

    private static VideoRead read(String title) {
        Scene scene = new Scene(0, "Hello.", null, null, Visual.DEFAULT, false,
                List.of(new CaptionCue(0, List.of("Hello."))));
        VideoSpec spec = new VideoSpec(new Script(List.of(scene)), VideoConfig.defaults(), Voice.defaults(), null,
                null, AvatarConfig.defaults(), ImageSyncConfig.defaults(), true, CaptionStyle.defaults(), null, null);
        Video video = Video.draft(VideoId.random(), UserId.random(), new VideoTitle(title), spec,
                Instant.parse("2026-12-06T20:00:00Z"));
        return new VideoRead(video, Optional.empty(), List.of());
    }
}
