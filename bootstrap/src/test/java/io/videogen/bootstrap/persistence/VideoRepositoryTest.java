package io.videogen.bootstrap.persistence;

import static io.videogen.bootstrap.persistence.Samples.T0;
import static io.videogen.bootstrap.persistence.Samples.await;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkus.test.junit.QuarkusTest;
import io.videogen.application.port.out.StaleVersionException;
import io.videogen.application.port.out.VideoRepository;
import io.videogen.domain.shared.Page;
import io.videogen.domain.shared.PageRequest;
import io.videogen.domain.user.Caller;
import io.videogen.domain.user.UserId;
import io.videogen.domain.video.Video;
import io.videogen.domain.video.VideoId;
import io.videogen.domain.video.VideoStatus;
import io.videogen.domain.video.VideoTitle;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

@QuarkusTest
class VideoRepositoryTest {

    @Inject
    VideoRepository videos;

    private final UserId owner = UserId.random();
    private final Caller ownerCaller = Samples.creator(owner);

    @Test
    void aVideoReadsBackWithItsWholeSpecAndRenderState() {
        Video video = Samples.failed(owner);

        await(videos.add(video));
        Video loaded = await(videos.findById(video.id())).orElseThrow();

        assertThat(loaded.snapshot()).isEqualTo(video.snapshot());
        assertThat(loaded.spec().script().scenes()).extracting(scene -> scene.visual().getClass().getSimpleName())
                .containsExactly("Color", "Gradient", "Image", "Prompt");
        assertThat(loaded.failure().orElseThrow().message()).isEqualTo("scene 2: the voice engine timed out");
    }

    @Test
    void aSavedVideoCarriesItsNewVersion() {
        Video video = Samples.draft(owner, T0);
        await(videos.add(video));

        Video loaded = await(videos.findVisible(video.id(), ownerCaller)).orElseThrow();
        loaded.queue(T0.plusSeconds(1));
        Video saved = await(videos.save(loaded));
        saved.rename(new VideoTitle("Harbour tour, take two"), T0.plusSeconds(2));
        Video savedAgain = await(videos.save(saved));

        assertThat(saved.version()).isEqualTo(1);
        assertThat(savedAgain.version()).isEqualTo(2);
        Video stored = await(videos.findById(video.id())).orElseThrow();
        assertThat(stored.status()).isEqualTo(VideoStatus.QUEUED);
        assertThat(stored.title().value()).isEqualTo("Harbour tour, take two");
        assertThat(stored.version()).isEqualTo(2);
    }

    @Test
    void aSaveFromAStaleCopyIsRefusedAndChangesNothing() {
        Video video = Samples.draft(owner, T0);
        await(videos.add(video));
        Video first = await(videos.findById(video.id())).orElseThrow();
        Video second = await(videos.findById(video.id())).orElseThrow();

        first.rename(new VideoTitle("First writer"), T0.plusSeconds(1));
        await(videos.save(first));
        second.rename(new VideoTitle("Second writer"), T0.plusSeconds(2));

        assertThatThrownBy(() -> await(videos.save(second))).isInstanceOf(StaleVersionException.class);
        assertThat(await(videos.findById(video.id())).orElseThrow().title().value()).isEqualTo("First writer");
    }

    @Test
    void anotherUsersVideoIsNeitherFoundNorRemoved() {
        Video video = Samples.draft(owner, T0);
        await(videos.add(video));
        Caller stranger = Samples.creator(UserId.random());

        assertThat(await(videos.findVisible(video.id(), stranger))).isEmpty();
        assertThat(await(videos.removeVisible(video.id(), stranger))).isFalse();
        assertThat(await(videos.listVisible(stranger, Optional.empty(), new PageRequest(0, 100))).items())
                .extracting(Video::id).doesNotContain(video.id());
        assertThat(await(videos.findById(video.id()))).isPresent();
    }

    @Test
    void anAdminSeesAndRemovesAnyonesVideo() {
        Video video = Samples.draft(owner, T0);
        await(videos.add(video));
        Caller admin = Samples.admin();

        assertThat(await(videos.findVisible(video.id(), admin))).isPresent();
        assertThat(await(videos.removeVisible(video.id(), admin))).isTrue();
        assertThat(await(videos.findById(video.id()))).isEmpty();
    }

    @Test
    void theOwnerRemovesTheirVideoOnce() {
        Video video = Samples.draft(owner, T0);
        await(videos.add(video));

        assertThat(await(videos.removeVisible(video.id(), ownerCaller))).isTrue();
        assertThat(await(videos.removeVisible(video.id(), ownerCaller))).isFalse();
    }

    @Test
    void listsNewestFirstPageByPageWithTheTotal() {
        List<VideoId> oldestFirst = addVideos(5);

        Page<Video> first = await(videos.listVisible(ownerCaller, Optional.empty(), new PageRequest(0, 2)));
        Page<Video> last = await(videos.listVisible(ownerCaller, Optional.empty(), new PageRequest(2, 2)));

        assertThat(first.items()).extracting(Video::id).containsExactly(oldestFirst.get(4), oldestFirst.get(3));
        assertThat(first.totalItems()).isEqualTo(5);
        assertThat(first.totalPages()).isEqualTo(3);
        assertThat(last.items()).extracting(Video::id).containsExactly(oldestFirst.get(0));
    }

    @Test
    void listsOnlyVideosOfTheAskedStatus() {
        List<VideoId> ids = addVideos(4);
        for (VideoId id : List.of(ids.get(0), ids.get(2))) {
            Video video = await(videos.findById(id)).orElseThrow();
            video.queue(T0.plusSeconds(60));
            await(videos.save(video));
        }

        Page<Video> queued = await(videos.listVisible(ownerCaller, Optional.of(VideoStatus.QUEUED),
                new PageRequest(0, 10)));

        assertThat(queued.items()).extracting(Video::id).containsExactly(ids.get(2), ids.get(0));
        assertThat(queued.totalItems()).isEqualTo(2);
    }

    private List<VideoId> addVideos(int count) {
        List<VideoId> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Video video = Samples.draft(owner, T0.plusSeconds(i));
            await(videos.add(video));
            ids.add(video.id());
        }
        return ids;
    }
}
