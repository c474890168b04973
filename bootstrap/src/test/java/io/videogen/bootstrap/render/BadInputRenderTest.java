package io.videogen.bootstrap.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.videogen.application.port.in.RenderSpecUseCase.RenderFailedException;
import io.videogen.application.port.in.RenderSpecUseCase.RenderSpecCommand;
import io.videogen.application.port.in.CaptionChoice;
import io.videogen.application.port.in.ScriptSource;
import io.videogen.application.port.in.VideoDraft;
import io.videogen.application.port.out.MediaInspector;
import io.videogen.application.port.out.RenderObserver;
import io.videogen.application.render.OfflineRenderService;
import io.videogen.application.service.VideoRules;
import io.videogen.bootstrap.cli.OfflineRendering;
import io.videogen.domain.asset.AssetId;
import io.videogen.domain.asset.AssetKind;
import io.videogen.domain.media.Music;
import io.videogen.domain.media.Visual;
import io.videogen.domain.media.Voice;
import io.videogen.domain.shared.InvalidValueException;
import io.videogen.domain.video.FailureCode;
import io.videogen.domain.video.Script.SceneDraft;
import io.videogen.domain.video.Stage;
import io.videogen.domain.video.VideoFailure;
import io.videogen.domain.video.VideoTitle;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad input on the real adapters. At the door, a file given for an asset is inspected like an
 * upload and a bad one is refused with the field that names it. Past the door (bytes that passed
 * inspection once and are bad now, as when a stored upload is damaged), the render fails with a
 * typed error naming the stage and the scene, and leaves nothing that looks like a finished
 * video: no MP4 at the target, none of its companion files, no video in the workspace.
 */
class BadInputRenderTest {

    private static final AssetId PICTURE = AssetId.random();
    private static final AssetId SOUND = AssetId.random();

    @TempDir
    Path dir;

    // --- past the door: the render itself meets the bad file ------------------------------------

    @Test
    void aCorruptImageFailsTheVisualsStageNamingTheScene() throws IOException {
        byte[] png = png();
        Path corrupt = write("corrupt.png", Arrays.copyOf(png, png.length / 3));   // cut off mid-stream

        VideoFailure failure = failRendering(withPicture(1), Map.of(PICTURE, corrupt));

        assertTypedFailure(failure, Stage.VISUALS, 1, FailureCode.IMAGE_GENERATION_FAILED);
    }

    @Test
    void aTextFileNamedPngFailsTheVisualsStageNamingTheScene() throws IOException {
        Path text = write("picture.png", "this is not a picture at all\n".getBytes(StandardCharsets.UTF_8));

        VideoFailure failure = failRendering(withPicture(2), Map.of(PICTURE, text));

        assertTypedFailure(failure, Stage.VISUALS, 2, FailureCode.IMAGE_GENERATION_FAILED);
    }

    @Test
    void aPngDressedAsAJpegFailsTheVisualsStageNamingTheScene() throws IOException {
        byte[] png = png();
        byte[] disguised = new byte[png.length + 3];
        disguised[0] = (byte) 0xFF;   // a JPEG's start-of-image marker, then the PNG
        disguised[1] = (byte) 0xD8;
        disguised[2] = (byte) 0xFF;
        System.arraycopy(png, 0, disguised, 3, png.length);
        Path file = write("picture.jpg", disguised);

        VideoFailure failure = failRendering(withPicture(0), Map.of(PICTURE, file));

        assertTypedFailure(failure, Stage.VISUALS, 0, FailureCode.IMAGE_GENERATION_FAILED);
    }

    @Test
    void anAssetGoneMissingFailsTheVisualsStageNamingTheScene() throws IOException {
        Path picture = write("picture.png", png());
        // Inspection passes, then the file disappears before the render reads it.
        MediaInspector vanishing = file -> {
            try {
                Files.delete(file);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            return new MediaInspector.Inspection(AssetKind.PNG, 64, 36, null);
        };

        VideoFailure failure = failRendering(withPicture(1), Map.of(PICTURE, picture), vanishing);

        assertTypedFailure(failure, Stage.VISUALS, 1, FailureCode.IMAGE_GENERATION_FAILED);
        assertThat(failure.message()).contains("no longer exists");
    }

    @Test
    void unsupportedMusicFailsTheRenderStage() throws IOException {
        Path ogg = write("music.ogg", ("OggS" + "\0".repeat(60)).getBytes(StandardCharsets.ISO_8859_1));

        VideoFailure failure = failRendering(withMusic(), Map.of(SOUND, ogg));

        assertThat(failure.stage()).isEqualTo(Stage.RENDER);
        assertThat(failure.retryable()).isFalse();
        assertThat(failure.message()).contains("asset-" + SOUND);
        assertNothingLooksFinished();
    }

    @Test
    void aSceneWithNothingSayableFailsTheVoiceStageNamingTheScene() {
        List<SceneDraft> scenes = new ArrayList<>(threeScenes());
        scenes.set(2, Drafts.scene("\uD83C\uDF89 \uD83C\uDF89 \u2728", null, "#4b134f", "#c94b4b"));

        VideoFailure failure = failRendering(Drafts.of(scenes), Map.of());

        assertTypedFailure(failure, Stage.VOICE, 2, FailureCode.SPEECH_SYNTHESIS_FAILED);
    }

    // --- at the door: refused before anything is rendered ---------------------------------------

    @Test
    void anEmptySceneIsRefusedNamingItsField() {
        List<SceneDraft> scenes = new ArrayList<>(threeScenes());
        scenes.set(1, Drafts.scene("   ", null, "#134e5e", "#71b280"));

        assertThatThrownBy(() -> render(Drafts.of(scenes), Map.of(), realRenderer()))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.field()).isEqualTo("scenes[1].text"));
        assertNothingLooksFinished();
    }

    @Test
    void aTextFileGivenForAPictureIsRefusedBeforeRendering() throws IOException {
        Path text = write("picture.png", "not a picture\n".getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> render(withPicture(2), Map.of(PICTURE, text), realRenderer()))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.field()).isEqualTo("scenes[2].visual.assetId"));
        assertNothingLooksFinished();
    }

    @Test
    void aPngDressedAsAJpegIsRefusedBeforeRendering() throws IOException {
        byte[] png = png();
        byte[] disguised = new byte[png.length + 3];
        disguised[0] = (byte) 0xFF;
        disguised[1] = (byte) 0xD8;
        disguised[2] = (byte) 0xFF;
        System.arraycopy(png, 0, disguised, 3, png.length);
        Path file = write("picture.jpg", disguised);

        assertThatThrownBy(() -> render(withPicture(0), Map.of(PICTURE, file), realRenderer()))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.field()).isEqualTo("scenes[0].visual.assetId"));
    }

    @Test
    void anAssetNotGivenIsRefusedNamingItsField() {
        assertThatThrownBy(() -> render(withPicture(1), Map.of(), realRenderer()))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.field()).isEqualTo("scenes[1].visual.assetId"));
    }

    @Test
    void unsupportedMusicIsRefusedBeforeRendering() throws IOException {
        Path ogg = write("music.ogg", ("OggS" + "\0".repeat(60)).getBytes(StandardCharsets.ISO_8859_1));

        assertThatThrownBy(() -> render(withMusic(), Map.of(SOUND, ogg), realRenderer()))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.field()).isEqualTo("music.assetId"));
    }

    // ------------------------------------------------------------------------------------------------

    private VideoFailure failRendering(VideoDraft draft, Map<AssetId, Path> assets) {
        return failRendering(draft, assets, file -> new MediaInspector.Inspection(
                file.getFileName().toString().startsWith("music") ? AssetKind.WAV : AssetKind.PNG, 64, 36, null));
    }

    /** Renders with an inspector that lets the file through, as if it had passed inspection when uploaded. */
    private VideoFailure failRendering(VideoDraft draft, Map<AssetId, Path> assets, MediaInspector passed) {
        OfflineRenderService renderer = new OfflineRenderService(new OfflineRendering().pipeline(), VideoRules.defaults(),
                passed, RenderObserver.NONE);
        RenderFailedException failed = catchThrowableOfType(() -> render(draft, assets, renderer),
                RenderFailedException.class);
        assertThat(failed).as("the render should have failed").isNotNull();
        return failed.failure();
    }

    private void render(VideoDraft draft, Map<AssetId, Path> assets, OfflineRenderService renderer) {
        renderer.render(new RenderSpecCommand(draft, dir.resolve("out/video.mp4"), dir.resolve("work"), assets, null));
    }

    private static OfflineRenderService realRenderer() {
        return (OfflineRenderService) new OfflineRendering().useCase(RenderObserver.NONE);
    }

    private void assertTypedFailure(VideoFailure failure, Stage stage, int scene, FailureCode code) {
        // the whole failure in the description: a wrong stage then says what did fail, and why
        assertThat(failure.stage()).as("the stage of %s", failure).isEqualTo(stage);
        assertThat(failure.code()).as("the code of %s", failure).isEqualTo(code);
        assertThat(failure.sceneIndex()).as("the scene of %s", failure).isEqualTo(scene);
        assertThat(failure.message()).contains("scene " + scene);
        assertThat(failure.retryable()).isFalse();
        assertNothingLooksFinished();
    }

    /** No MP4 (or its companions) at the target, no finished video in the workspace, no stray temporary file. */
    private void assertNothingLooksFinished() {
        Path out = dir.resolve("out");
        if (Files.exists(out)) {
            assertThat(out).isEmptyDirectory();
        }
        Path finalArea = dir.resolve("work/final");
        if (Files.exists(finalArea)) {
            try (Stream<Path> files = Files.list(finalArea)) {
                assertThat(files.map(f -> f.getFileName().toString()))
                        .noneMatch(name -> name.endsWith(".mp4") && !name.contains(".partial"))
                        .noneMatch(name -> name.contains(".partial"));
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private Path write(String name, byte[] bytes) throws IOException {
        Path file = dir.resolve("assets").resolve(name);
        Files.createDirectories(file.getParent());
        return Files.write(file, bytes);
    }

    private static byte[] png() throws IOException {
        BufferedImage image = new BufferedImage(64, 36, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < 36; y++) {
            for (int x = 0; x < 64; x++) {
                image.setRGB(x, y, new Color(x * 4, y * 7, 128).getRGB());
            }
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ImageIO.write(image, "png", bytes);
        return bytes.toByteArray();
    }

    private static List<SceneDraft> threeScenes() {
        return List.of(Drafts.scene("The first scene.", null, "#1e3c72", "#2a5298"),
                Drafts.scene("The second scene.", null, "#134e5e", "#71b280"),
                Drafts.scene("The third scene.", null, "#4b134f", "#c94b4b"));
    }

    private static VideoDraft withPicture(int scene) {
        List<SceneDraft> scenes = new ArrayList<>(threeScenes());
        scenes.set(scene, new SceneDraft("This scene shows a picture.", null, null,
                new Visual.Image(PICTURE, Visual.Fit.COVER), null));
        return Drafts.of(scenes);
    }

    private static VideoDraft withMusic() {
        return new VideoDraft(new VideoTitle("music"), new ScriptSource.Scenes(threeScenes()), Map.of(), null,
                new VideoDraft.Look(Drafts.SMALL, null, null, CaptionChoice.burnIn(true)), null,
                new VideoDraft.Sound(Voice.defaults(), new Music(SOUND, 0.2, true)), null);
    }
}
