package io.videogen.infrastructure.events;

import static org.assertj.core.api.Assertions.assertThat;

import io.smallrye.mutiny.helpers.test.AssertSubscriber;
import io.videogen.domain.video.Stage;
import io.videogen.domain.video.VideoEvent;
import io.videogen.domain.video.VideoId;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class LocalFanOutTest {

    private final LocalFanOut fanOut = new LocalFanOut();

    @Test
    void aListenerHearsOnlyItsOwnVideoInOrder() {
        VideoId mine = VideoId.random();
        VideoId other = VideoId.random();
        AssertSubscriber<VideoEvent> listener = fanOut.subscribe(mine).subscribe()
                .withSubscriber(AssertSubscriber.create(10));

        fanOut.deliver(new VideoEvent.StageStarted(mine, Instant.EPOCH, Stage.SCRIPT));
        fanOut.deliver(new VideoEvent.StageStarted(other, Instant.EPOCH, Stage.SCRIPT));
        fanOut.deliver(new VideoEvent.StageFinished(mine, Instant.EPOCH, Stage.SCRIPT));

        assertThat(listener.getItems()).extracting(Object::getClass).containsExactly(
                (Class) VideoEvent.StageStarted.class, VideoEvent.StageFinished.class);
    }

    @Test
    void aSlowListenerKeepsWhatItHasNotReadYet() {
        VideoId video = VideoId.random();
        AssertSubscriber<VideoEvent> slow = fanOut.subscribe(video).subscribe()
                .withSubscriber(AssertSubscriber.create(0));

        for (int i = 0; i < 50; i++) {
            fanOut.deliver(new VideoEvent.VideoQueued(video, Instant.EPOCH, i + 1));
        }
        slow.request(50);

        assertThat(slow.getItems()).hasSize(50);
    }

    @Test
    void aListenerThatLeftIsForgotten() {
        AssertSubscriber<VideoEvent> listener = fanOut.subscribe(VideoId.random()).subscribe()
                .withSubscriber(AssertSubscriber.create(1));
        assertThat(fanOut.listeners()).isEqualTo(1);

        listener.cancel();

        assertThat(fanOut.listeners()).isZero();
    }
}
