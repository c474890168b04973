package io.videogen.bootstrap.persistence;

import static io.videogen.bootstrap.persistence.Samples.T0;
import static io.videogen.bootstrap.persistence.Samples.await;
import static org.assertj.core.api.Assertions.assertThat;

import io.videogen.application.port.out.ProvenanceStore;
import io.videogen.application.port.out.VideoReadModel;
import io.videogen.application.port.out.VideoReadModel.VideoRead;
import io.videogen.application.port.out.VideoRepository;
import io.videogen.application.port.out.WebhookDeliveries;
import io.videogen.domain.shared.Page;
import io.videogen.domain.shared.PageRequest;
import io.videogen.domain.user.Caller;
import io.videogen.domain.user.UserId;
import io.videogen.domain.video.SceneProvenance;
import io.videogen.domain.video.SceneProvenance.PictureMaker;
import io.videogen.domain.video.SceneProvenance.VoiceMaker;
import io.videogen.domain.video.Video;
import io.videogen.domain.video.VideoStatus;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The one-statement reads of the video resource (docs/adr/0021) give what the repository, the
 * webhook log and the provenance store give one by one, to the same callers only.
 */
@QuarkusTest
class VideoReadModelTest {

    @Inject
    VideoReadModel reads;
    @Inject
    VideoRepository videos;
    @Inject
    WebhookDeliveries deliveries;
    @Inject
    ProvenanceStore provenance;

    private final UserId owner = UserId.random();
    private final Caller ownerCaller = Samples.creator(owner);

    @Test
    void oneVideoComesWithItsNewestWebhookAndItsProvenance() {
        Video video = Samples.failed(owner);
        await(videos.add(video));
        schedule(video, "video.failed");
        schedule(video, "video.cancelled");
        List<SceneProvenance> scenes = List.of(new SceneProvenance(0, new VoiceMaker("piper", "en-a", false), null),
                new SceneProvenance(1, new VoiceMaker("marytts", "en-b", true), new PictureMaker("stub", true)));
        await(provenance.save(video.id(), scenes));

        VideoRead read = await(reads.findVisible(video.id(), ownerCaller)).orElseThrow();

        assertThat(read.video().snapshot()).isEqualTo(await(videos.findVisible(video.id(), ownerCaller))
                .orElseThrow().snapshot());
        // the newest of the two, as the log picks it (the test's webhook sender may be trying it meanwhile,
        // so its attempts are not compared)
        assertThat(read.webhook().orElseThrow().type()).isEqualTo("video.cancelled")
                .isEqualTo(await(deliveries.latestFor(List.of(video.id()))).get(video.id()).type());
        assertThat(read.provenance()).isEqualTo(scenes).isEqualTo(await(provenance.find(video.id())));
    }

    @Test
    void aVideoWithoutWebhookOrProvenanceHasNeither() {
        Video video = Samples.draft(owner, T0);
        await(videos.add(video));

        VideoRead read = await(reads.findVisible(video.id(), ownerCaller)).orElseThrow();

        assertThat(read.video().snapshot()).isEqualTo(video.snapshot());
        assertThat(read.webhook()).isEmpty();
        assertThat(read.provenance()).isEmpty();
    }

    @Test
    void someoneElsesVideoIsNotReadUnlessTheCallerSeesEverything() {
        Video video = Samples.draft(owner, T0);
        await(videos.add(video));

        assertThat(await(reads.findVisible(video.id(), Samples.creator(UserId.random())))).isEmpty();
        assertThat(await(reads.findVisible(video.id(), Samples.admin()))).isPresent();
    }

    @Test
    void pagesAreTheRepositorysPagesWithTheirWebhooks() {
        Video oldest = Samples.draft(owner, T0);
        Video failed = Samples.failed(owner);
        Video newest = Samples.draft(owner, T0.plusSeconds(60));
        for (Video video : List.of(oldest, failed, newest)) {
            await(videos.add(video));
        }
        await(videos.add(Samples.draft(UserId.random(), T0.plusSeconds(30))));
        schedule(failed, "video.failed");

        for (PageRequest page : List.of(new PageRequest(0, 2), new PageRequest(1, 2), new PageRequest(5, 2))) {
            assertSamePage(ownerCaller, Optional.empty(), page);
        }
        assertSamePage(ownerCaller, Optional.of(VideoStatus.FAILED), new PageRequest(0, 20));
        assertSamePage(ownerCaller, Optional.of(VideoStatus.COMPLETED), new PageRequest(0, 20));
        assertSamePage(Samples.admin(), Optional.empty(), new PageRequest(0, 50));

        Page<VideoRead> first = await(reads.listVisible(ownerCaller, Optional.empty(), new PageRequest(0, 20)));
        assertThat(first.items()).extracting(read -> read.video().id() + " "
                        + read.webhook().map(WebhookDeliveries.Log::type).orElse("none"))
                .containsExactlyInAnyOrder(oldest.id() + " none", newest.id() + " none", failed.id() + " video.failed");
        assertThat(first.items()).allSatisfy(read -> assertThat(read.provenance()).isEmpty());
        Page<VideoRead> past = await(reads.listVisible(ownerCaller, Optional.empty(), new PageRequest(5, 2)));
        assertThat(past.items()).isEmpty();
        assertThat(past.totalItems()).isEqualTo(3);
    }

    private void assertSamePage(Caller caller, Optional<VideoStatus> status, PageRequest page) {
        Page<Video> expected = await(videos.listVisible(caller, status, page));
        Page<VideoRead> read = await(reads.listVisible(caller, status, page));
        assertThat(read.totalItems()).isEqualTo(expected.totalItems());
        assertThat(read.items()).extracting(found -> found.video().snapshot())
                .containsExactlyElementsOf(expected.items().stream().map(Video::snapshot).toList());
    }

    private void schedule(Video video, String type) {
        await(deliveries.schedule(new WebhookDeliveries.Scheduled(UUID.randomUUID(), video.id(), video.owner(), type,
                URI.create("https://hooks.example.com/videogen"), "{}")));
    }
}
