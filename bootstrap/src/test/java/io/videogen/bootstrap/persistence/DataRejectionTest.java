package io.videogen.bootstrap.persistence;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkus.test.junit.QuarkusTest;
import io.videogen.application.port.out.RejectedValueException;
import io.videogen.application.port.out.VideoRepository;
import io.videogen.domain.user.UserId;
import io.videogen.domain.video.Video;
import io.videogen.domain.video.VideoId;
import io.videogen.domain.video.VideoTitle;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/**
 * The net below the API's text rule: a value PostgreSQL refuses as data (here a NUL, SQLSTATE
 * 22021) leaves the persistence adapters as a RejectedValueException, which the API answers 400,
 * never as an unexplained failure.
 */
@QuarkusTest
class DataRejectionTest {

    @Inject
    VideoRepository videos;

    @Test
    void aTextPostgresqlCannotStoreIsARejectedValue() {
        Video video = Video.draft(VideoId.random(), UserId.random(), new VideoTitle("Harbour\u0000tour"),
                Samples.fullSpec(), Samples.T0);

        assertThatThrownBy(() -> Samples.await(videos.add(video)))
                .isInstanceOf(RejectedValueException.class)
                .hasMessage("the database cannot store a value of this request");
    }
}
