package io.videogen.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.videogen.application.fakes.Studio;
import io.videogen.application.port.in.CreateVideoCommand;
import io.videogen.application.port.in.ScriptSource;
import io.videogen.application.port.in.UpdateVideoCommand;
import io.videogen.application.port.in.UpdateVideoUseCase.Updated;
import io.videogen.application.port.in.VideoDraft;
import io.videogen.application.port.out.MediaStore;
import io.videogen.domain.avatar.AvatarConfig;
import io.videogen.domain.media.CaptionStyle;
import io.videogen.domain.media.ImageSyncConfig;
import io.videogen.domain.media.VideoConfig;
import io.videogen.domain.media.Visual;
import io.videogen.domain.script.MissingVariableException;
import io.videogen.domain.shared.IllegalTransitionException;
import io.videogen.domain.shared.PageRequest;
import io.videogen.domain.shared.PermissionDeniedException;
import io.videogen.domain.shared.ResourceNotFoundException;
import io.videogen.domain.shared.RgbColor;
import io.videogen.domain.shared.VersionMismatchException;
import io.videogen.domain.template.Template;
import io.videogen.domain.template.TemplateId;
import io.videogen.domain.user.Caller;
import io.videogen.domain.user.Role;
import io.videogen.domain.user.UserId;
import io.videogen.domain.video.Video;
import io.videogen.domain.video.VideoEvent;
import io.videogen.domain.video.VideoStatus;
import io.videogen.domain.video.VideoTitle;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VideoServiceTest {

    @TempDir
    Path dir;
    Studio studio;

    @BeforeEach
    void setUp() {
        studio = new Studio(dir);
    }

    @Test
    void aCreatedVideoIsQueuedAndItsJobEnqueuedInOneTransaction() {
        Video video = studio.create(studio.ana, "Hello there.\n\nSecond scene.");

        assertThat(video.status()).isEqualTo(VideoStatus.QUEUED);
        assertThat(video.spec().script().scenes()).hasSize(2);
        assertThat(studio.queue.enqueued).containsExactly(video.id());
        assertThat(studio.transactions.transactions).isEqualTo(1);
        assertThat(studio.publisher.of(VideoEvent.VideoQueued.class)).hasSize(1);
    }

    @Test
    void variablesAreFilledInTheScriptAndTitle() {
        VideoDraft draft = new VideoDraft(new VideoTitle("For {{name}}"), new ScriptSource.PlainText("Hi {{name}}."),
                Map.of("name", "Ana"), null, null, null, null, null);

        Video video = studio.creating.create(new CreateVideoCommand(studio.ana, draft)).await().atMost(Duration.ofSeconds(30));

        assertThat(video.title().value()).isEqualTo("For Ana");
        assertThat(video.spec().script().scenes().get(0).text()).isEqualTo("Hi Ana.");
    }

    @Test
    void aMissingVariableIsRejectedBeforeAnythingIsSaved() {
        VideoDraft draft = new VideoDraft(new VideoTitle("Hi"), new ScriptSource.PlainText("Hi {{name}}."), Map.of(),
                null, null, null, null, null);

        assertThatThrownBy(() -> studio.creating.create(new CreateVideoCommand(studio.ana, draft))
                .await().atMost(Duration.ofSeconds(30)))
                .isInstanceOf(MissingVariableException.class)
                .hasMessageContaining("name");
        assertThat(studio.queue.enqueued).isEmpty();
    }

    @Test
    void theTemplateFillsWhatTheDraftLeavesOpen() {
        Template.Design design = new Template.Design("Brand", VideoConfig.of(null, "9:16", 24, "draft"),
                new Visual.Color(RgbColor.parse("#112233", "background")), RgbColor.parse("#ffffff", "text"),
                RgbColor.parse("#ff0000", "accent"), null, CaptionStyle.defaults(), AvatarConfig.defaults(),
                ImageSyncConfig.defaults(), "Welcome", "Goodbye", null, Set.of());
        Template template = Template.create(TemplateId.random(), studio.ana.userId(), design, studio.clock.now());
        studio.templates.add(template).await().atMost(Duration.ofSeconds(30));
        TemplateId templateId = template.id();
        VideoDraft draft = new VideoDraft(new VideoTitle("Tour"), new ScriptSource.PlainText("One.\n\nTwo."), Map.of(),
                templateId, null, null, null, null);

        Video video = studio.creating.create(new CreateVideoCommand(studio.ana, draft)).await().atMost(Duration.ofSeconds(30));

        assertThat(video.spec().config().resolution().toString()).isEqualTo("720x1280");
        assertThat(video.spec().config().fps()).isEqualTo(24);
        assertThat(video.spec().script().scenes().get(0).title()).isEqualTo("Welcome");
        assertThat(video.spec().script().scenes().get(1).title()).isEqualTo("Goodbye");
        assertThat(video.spec().script().scenes().get(0).visual()).isEqualTo(design.background());
    }

    @Test
    void someoneElsesTemplateIsNotFound() {
        Template template = Template.create(TemplateId.random(), studio.bob.userId(), new Template.Design("Bob's",
                VideoConfig.defaults(), Visual.DEFAULT, RgbColor.parse("#ffffff", "t"), RgbColor.parse("#ffffff", "a"),
                null, CaptionStyle.defaults(), AvatarConfig.defaults(), ImageSyncConfig.defaults(), null, null, null,
                Set.of()), studio.clock.now());
        studio.templates.add(template).await().atMost(Duration.ofSeconds(30));
        TemplateId bobs = template.id();
        VideoDraft draft = new VideoDraft(new VideoTitle("Tour"), new ScriptSource.PlainText("One."), Map.of(), bobs,
                null, null, null, null);

        assertThatThrownBy(() -> studio.creating.create(new CreateVideoCommand(studio.ana, draft))
                .await().atMost(Duration.ofSeconds(30))).isInstanceOf(ResourceNotFoundException.class);
    }

    @Test
    void aViewerCannotCreateVideos() {
        Caller viewer = new Caller(UserId.random(), Set.of(Role.VIEWER));

        assertThatThrownBy(() -> new CreateVideoCommand(viewer, Studio.draft("Hi.")))
                .isInstanceOf(PermissionDeniedException.class);
    }

    @Test
    void someoneElsesVideoIsNotFoundButAnAdminSeesIt() {
        Video video = studio.create(studio.ana, "Mine.");

        assertThatThrownBy(() -> studio.queries.get(video.id(), studio.bob).await().atMost(Duration.ofSeconds(30)))
                .isInstanceOf(ResourceNotFoundException.class);
        assertThat(studio.queries.get(video.id(), studio.admin).await().atMost(Duration.ofSeconds(30)).id())
                .isEqualTo(video.id());
    }

    @Test
    void listsOnlyTheCallersVideosNewestFirstFilteredByStatus() {
        Video first = studio.create(studio.ana, "First.");
        Video second = studio.create(studio.ana, "Second.");
        studio.create(studio.bob, "Bob's.");
        studio.lifecycle.cancel(first.id(), studio.ana).await().atMost(Duration.ofSeconds(30));

        var all = studio.queries.list(studio.ana, Optional.empty(), new PageRequest(0, 20)).await().atMost(Duration.ofSeconds(30));
        var queued = studio.queries.list(studio.ana, Optional.of(VideoStatus.QUEUED), new PageRequest(0, 20))
                .await().atMost(Duration.ofSeconds(30));

        assertThat(all.items()).extracting(Video::id).containsExactly(second.id(), first.id());
        assertThat(all.totalItems()).isEqualTo(2);
        assertThat(queued.items()).extracting(Video::id).containsExactly(second.id());
    }

    @Test
    void anUpdateAgainstAStaleVersionIsRefused() {
        Video video = studio.create(studio.ana, "Hello.");
        studio.revising.update(new UpdateVideoCommand(studio.ana, video.id(), video.version(),
                new VideoTitle("New"), null)).await().atMost(Duration.ofSeconds(30));

        assertThatThrownBy(() -> studio.revising.update(new UpdateVideoCommand(studio.ana, video.id(),
                video.version(), new VideoTitle("Newer"), null)).await().atMost(Duration.ofSeconds(30)))
                .isInstanceOf(VersionMismatchException.class)
                .hasMessageContaining("ETag");
    }

    @Test
    void renamingKeepsTheRenderButANewScriptRendersAgain() {
        Video video = studio.create(studio.ana, "Hello.");
        studio.lifecycle.cancel(video.id(), studio.ana).await().atMost(Duration.ofSeconds(30));
        Video cancelled = studio.videos.stored(video.id());

        Updated renamed = studio.revising.update(new UpdateVideoCommand(studio.ana, video.id(),
                cancelled.version(), new VideoTitle("Renamed"), null)).await().atMost(Duration.ofSeconds(30));
        Updated revised = studio.revising.update(new UpdateVideoCommand(studio.ana, video.id(),
                renamed.video().version(), null, Studio.draft("A brand new script."))).await().atMost(Duration.ofSeconds(30));

        assertThat(renamed.rerendering()).isFalse();
        assertThat(renamed.video().status()).isEqualTo(VideoStatus.CANCELLED);
        assertThat(revised.rerendering()).isTrue();
        assertThat(revised.video().status()).isEqualTo(VideoStatus.QUEUED);
        assertThat(studio.queue.enqueued).containsExactly(video.id(), video.id());
    }

    @Test
    void cancellingWithdrawsTheJobAndCancellingTwiceIsAConflict() {
        Video video = studio.create(studio.ana, "Hello.");

        Video cancelled = studio.lifecycle.cancel(video.id(), studio.ana).await().atMost(Duration.ofSeconds(30));

        assertThat(cancelled.status()).isEqualTo(VideoStatus.CANCELLED);
        assertThat(studio.queue.withdrawn).containsExactly(video.id());
        assertThatThrownBy(() -> studio.lifecycle.cancel(video.id(), studio.ana).await().atMost(Duration.ofSeconds(30)))
                .isInstanceOf(IllegalTransitionException.class);
    }

    @Test
    void aCancelThatRacesAWorkersProgressWriteStillCancels() {
        Video video = studio.create(studio.ana, "Hello.");
        studio.videos.raceNextSaves(2, video.id());

        Video cancelled = studio.lifecycle.cancel(video.id(), studio.ana).await().atMost(Duration.ofSeconds(30));

        assertThat(cancelled.status()).isEqualTo(VideoStatus.CANCELLED);
        assertThat(studio.videos.stored(video.id()).status()).isEqualTo(VideoStatus.CANCELLED);
        assertThat(studio.publisher.of(VideoEvent.VideoCancelled.class)).hasSize(1);
    }

    @Test
    void aCancelThatKeepsLosingGivesUpWithTheConflict() {
        Video video = studio.create(studio.ana, "Hello.");
        studio.videos.raceNextSaves(10, video.id());

        assertThatThrownBy(() -> studio.lifecycle.cancel(video.id(), studio.ana).await().atMost(Duration.ofSeconds(30)))
                .isInstanceOf(io.videogen.application.port.out.StaleVersionException.class);
        assertThat(studio.videos.stored(video.id()).status()).isEqualTo(VideoStatus.QUEUED);
    }

    @Test
    void deletingARunningVideoCancelsItFirstSoItsWebhookIsSent() {
        Video video = studio.create(studio.ana, "Hello.");
        studio.videos.raceNextSaves(1, video.id());

        studio.lifecycle.delete(video.id(), studio.ana).await().atMost(Duration.ofSeconds(30));

        assertThat(studio.videos.savedStatuses(video.id())).containsExactly(VideoStatus.CANCELLED);
        assertThat(studio.videos.findById(video.id()).await().atMost(Duration.ofSeconds(30))).isEmpty();
        assertThat(studio.publisher.of(VideoEvent.VideoCancelled.class)).hasSize(1);
    }

    @Test
    void onlyAFailedOrCancelledVideoCanBeRetried() {
        Video video = studio.create(studio.ana, "Hello.");

        assertThatThrownBy(() -> studio.lifecycle.retry(video.id(), studio.ana).await().atMost(Duration.ofSeconds(30)))
                .isInstanceOf(IllegalTransitionException.class)
                .hasMessageContaining("only a failed or cancelled video can be retried");

        studio.lifecycle.cancel(video.id(), studio.ana).await().atMost(Duration.ofSeconds(30));
        Video retried = studio.lifecycle.retry(video.id(), studio.ana).await().atMost(Duration.ofSeconds(30));
        assertThat(retried.status()).isEqualTo(VideoStatus.QUEUED);
        assertThat(retried.attempt()).isEqualTo(2);
    }

    @Test
    void deletingRemovesTheVideoAndItsFiles() throws Exception {
        Video video = studio.create(studio.ana, "Hello.");
        studio.media.put(MediaStore.videoPrefix(video.id()) + "video.mp4",
                new java.io.ByteArrayInputStream(new byte[] {1, 2, 3}));

        studio.lifecycle.delete(video.id(), studio.ana).await().atMost(Duration.ofSeconds(30));

        assertThat(studio.media.find(MediaStore.videoPrefix(video.id()) + "video.mp4")).isEmpty();
        assertThat(studio.videos.findById(video.id()).await().atMost(Duration.ofSeconds(30))).isEmpty();
        assertThat(studio.queue.withdrawn).containsExactly(video.id());
    }

    @Test
    void someoneElseCannotDeleteMyVideo() {
        Video video = studio.create(studio.ana, "Hello.");

        assertThatThrownBy(() -> studio.lifecycle.delete(video.id(), studio.bob).await().atMost(Duration.ofSeconds(30)))
                .isInstanceOf(ResourceNotFoundException.class);
        assertThat(studio.videos.findById(video.id()).await().atMost(Duration.ofSeconds(30))).isPresent();
    }
}
