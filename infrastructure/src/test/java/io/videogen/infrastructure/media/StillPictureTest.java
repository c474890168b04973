package io.videogen.infrastructure.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.videogen.application.port.out.RenderStepException;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StillPictureTest {

    private static final long WAIT_SECONDS = 30;

    @TempDir
    Path dir;

    private final AtomicInteger reads = new AtomicInteger();

    @Test
    void twoPartsAskingAtOnceShareOneDecodedStill() throws Exception {
        Path still = TestMedia.solidPng(dir, "still.png", new Color(200, 40, 10), 64, 36);
        CountDownLatch reading = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        StillPicture pictures = new StillPicture(4, held(reading, release));

        CompletableFuture<BufferedImage> first = CompletableFuture.supplyAsync(() -> pictures.picture(still, 64, 36));
        assertThat(reading.await(WAIT_SECONDS, TimeUnit.SECONDS)).isTrue();
        CompletableFuture<BufferedImage> other = new CompletableFuture<>();
        Thread second = new Thread(() -> other.complete(pictures.picture(still, 64, 36)));
        second.start();
        // the second asks while the first still decodes: it waits for that picture instead of decoding its own
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
        while (second.getState() != Thread.State.WAITING && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
        assertThat(second.getState()).isEqualTo(Thread.State.WAITING);
        release.countDown();

        BufferedImage a = first.get(WAIT_SECONDS, TimeUnit.SECONDS);
        BufferedImage b = other.get(WAIT_SECONDS, TimeUnit.SECONDS);
        assertThat(b).isSameAs(a);
        assertThat(reads).hasValue(1);
        assertThat(a.getType()).isEqualTo(BufferedImage.TYPE_3BYTE_BGR);
        assertThat(TestMedia.rgb(a, 10, 10)).containsExactly(200, 40, 10);
    }

    @Test
    void aPartFindingItsStillBeingDecodedGoesOnAndTakesThePictureWhenItPaints() throws Exception {
        Path still = TestMedia.solidPng(dir, "still.png", new Color(10, 200, 40), 64, 36);
        CountDownLatch reading = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        StillPicture pictures = new StillPicture(4, held(reading, release));
        CompletableFuture<BufferedImage> half = CompletableFuture.supplyAsync(() -> pictures.picture(still, 64, 36));
        assertThat(reading.await(WAIT_SECONDS, TimeUnit.SECONDS)).isTrue();

        // returns while the other thread's decode is held: nothing here waits for it
        Supplier<BufferedImage> asked = pictures.ask(still, 64, 36);
        assertThat(half).isNotDone();
        release.countDown();

        assertThat(asked.get()).isSameAs(half.get(WAIT_SECONDS, TimeUnit.SECONDS));
        assertThat(reads).hasValue(1);
    }

    @Test
    void aMissingStillIsRefusedWhenAskedFor() {
        StillPicture pictures = new StillPicture(4, this::counted);
        assertThatThrownBy(() -> pictures.ask(dir.resolve("gone.png"), 64, 36))
                .isInstanceOf(RenderStepException.class).hasMessageContaining("gone.png");
        assertThat(reads).hasValue(0);
    }

    @Test
    void onlyTheLastFewStillsAreKept() {
        StillPicture pictures = new StillPicture(2, this::counted);
        Path first = TestMedia.solidPng(dir, "1.png", Color.RED, 32, 18);
        pictures.picture(first, 32, 18);
        pictures.picture(first, 32, 18);
        assertThat(reads).as("asked again while kept").hasValue(1);

        pictures.picture(TestMedia.solidPng(dir, "2.png", Color.GREEN, 32, 18), 32, 18);
        pictures.picture(TestMedia.solidPng(dir, "3.png", Color.BLUE, 32, 18), 32, 18);
        pictures.picture(first, 32, 18);

        assertThat(reads).as("the first was let go for the two after it").hasValue(4);
    }

    @Test
    void aStillWrittenAgainIsReadAgain() throws Exception {
        StillPicture pictures = new StillPicture(4, this::counted);
        Path still = TestMedia.solidPng(dir, "still.png", Color.RED, 32, 18);
        FileTime written = Files.getLastModifiedTime(still);
        assertThat(TestMedia.rgb(pictures.picture(still, 32, 18), 5, 5)).containsExactly(255, 0, 0);

        TestMedia.solidPng(dir, "still.png", Color.BLUE, 32, 18);   // the same size of file, most likely
        Files.setLastModifiedTime(still, FileTime.fromMillis(written.toMillis() + 2000));

        assertThat(TestMedia.rgb(pictures.picture(still, 32, 18), 5, 5)).containsExactly(0, 0, 255);
        assertThat(reads).hasValue(2);
    }

    @Test
    void aFailedReadIsNotKept() {
        Path still = TestMedia.solidPng(dir, "still.png", Color.RED, 32, 18);
        StillPicture pictures = new StillPicture(4, file -> {
            if (reads.incrementAndGet() == 1) {
                throw new RenderStepException("the disk hiccupped", true);
            }
            return StillPicture.read(file);
        });

        assertThatThrownBy(() -> pictures.picture(still, 32, 18)).isInstanceOf(RenderStepException.class)
                .hasMessageContaining("hiccupped");
        assertThat(TestMedia.rgb(pictures.picture(still, 32, 18), 5, 5)).containsExactly(255, 0, 0);
        assertThat(reads).hasValue(2);
    }

    @Test
    void aStillIsScaledToCoverTheSizeAsked() {
        Path still = TestMedia.solidPng(dir, "still.png", Color.GREEN, 40, 40);
        BufferedImage covered = new StillPicture(4, this::counted).picture(still, 64, 36);
        assertThat(covered.getWidth()).isEqualTo(64);
        assertThat(covered.getHeight()).isEqualTo(36);
        assertThat(covered.getType()).isEqualTo(BufferedImage.TYPE_3BYTE_BGR);
    }

    /** A reader that counts, tells when it has begun and reads only once released. */
    private Function<Path, BufferedImage> held(CountDownLatch reading, CountDownLatch release) {
        return file -> {
            reads.incrementAndGet();
            reading.countDown();
            await(release);
            return StillPicture.read(file);
        };
    }

    private BufferedImage counted(Path file) {
        reads.incrementAndGet();
        return StillPicture.read(file);
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(WAIT_SECONDS, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
