package io.videogen.application.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.smallrye.mutiny.Uni;
import io.videogen.application.fakes.Studio;
import io.videogen.application.port.in.CreateVideoCommand;
import io.videogen.application.port.in.ScriptSource;
import io.videogen.application.port.in.VideoDraft;
import io.videogen.application.port.out.CallbackAddressGuard;
import io.videogen.application.service.DraftResolver;
import io.videogen.application.service.VideoRules;
import io.videogen.application.service.CreateVideoService;
import io.videogen.domain.shared.InvalidValueException;
import io.videogen.domain.shared.PageRequest;
import io.videogen.domain.video.CallbackUrl;
import io.videogen.domain.video.VideoTitle;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The callback URL is checked before a video is created, and a refused one creates nothing. */
class CallbackCheckTest {

    @TempDir
    Path dir;

    private final List<CallbackUrl> checked = new ArrayList<>();

    @Test
    void aRefusedCallbackUrlCreatesNoVideo() {
        Studio studio = new Studio(dir);
        CreateVideoService videos = service(studio, url -> {
            checked.add(url);
            return Uni.createFrom().failure(new InvalidValueException("callbackUrl",
                    "callbackUrl host 10.0.0.1 is a private address; webhooks go only to public addresses"));
        });

        assertThatThrownBy(() -> videos.create(command(studio, "http://10.0.0.1/hook")).await().atMost(Duration.ofSeconds(30)))
                .isInstanceOf(InvalidValueException.class)
                .satisfies(e -> assertThat(((InvalidValueException) e).field()).isEqualTo("callbackUrl"));
        assertThat(checked).extracting(CallbackUrl::toString).containsExactly("http://10.0.0.1/hook");
        assertThat(studio.videos.listVisible(studio.ana, Optional.empty(), new PageRequest(0, 10))
                .await().atMost(Duration.ofSeconds(30)).items()).isEmpty();
        assertThat(studio.queue.enqueued).isEmpty();
    }

    @Test
    void aVideoWithoutCallbackAsksNoLookup() {
        Studio studio = new Studio(dir);
        CreateVideoService videos = service(studio, url -> {
            checked.add(url);
            return Uni.createFrom().voidItem();
        });

        videos.create(command(studio, null)).await().atMost(Duration.ofSeconds(30));

        assertThat(checked).isEmpty();
    }

    private static CreateVideoService service(Studio studio, CallbackAddressGuard guard) {
        return studio.creating(new DraftResolver(studio.templates, studio.avatars, studio.assets, VideoRules.defaults(),
                guard));
    }

    private static CreateVideoCommand command(Studio studio, String callbackUrl) {
        return new CreateVideoCommand(studio.ana, new VideoDraft(new VideoTitle("Hooked"),
                new ScriptSource.PlainText("Hello there."), Map.of(), null, null, null, null,
                callbackUrl == null ? null : CallbackUrl.parse(callbackUrl)));
    }
}
