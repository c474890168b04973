package io.videogen.infrastructure.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.videogen.application.port.out.MediaStore;
import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What every media store promises (application/port/out/MediaStore), run against each adapter: a
 * file appears whole or not at all, a put replaces, reads start at any offset, copies land on local
 * disk, deletion takes a prefix as a folder, and a file larger than a part streams through.
 */
public abstract class MediaStoreContract {

    /** Large enough for several parts of the smallest part size S3 allows (5 MiB). */
    protected static final int LARGE = 20 * 1024 * 1024 + 12345;

    @TempDir
    protected Path dir;

    protected abstract MediaStore store();

    @Test
    void findsAndReadsWhatWasPutFromAnyOffset() throws Exception {
        store().put("videos/v1/captions.srt", text("0123456789"));

        assertThat(store().find("videos/v1/captions.srt")).contains(new MediaStore.StoredFile("videos/v1/captions.srt", 10));
        assertThat(read(store().open("videos/v1/captions.srt", 0))).isEqualTo("0123456789");
        assertThat(read(store().open("videos/v1/captions.srt", 7))).isEqualTo("789");
        assertThat(read(store().open("videos/v1/captions.srt", 10))).isEmpty();
        assertThat(store().find("videos/v1/other.srt")).isEmpty();
        assertThatThrownBy(() -> store().open("videos/v1/other.srt", 0)).isInstanceOf(NoSuchFileException.class);
    }

    @Test
    void anEmptyFileIsAFile() throws Exception {
        store().put("uploads/empty", text(""));

        assertThat(store().find("uploads/empty")).contains(new MediaStore.StoredFile("uploads/empty", 0));
        assertThat(read(store().open("uploads/empty", 0))).isEmpty();
    }

    @Test
    void aPutReplacesTheWholeFile() throws Exception {
        store().put("videos/v1/video.mp4", text("the first, longer render"));
        store().put("videos/v1/video.mp4", text("second"));

        assertThat(read(store().open("videos/v1/video.mp4", 0))).isEqualTo("second");
        assertThat(store().find("videos/v1/video.mp4").orElseThrow().size()).isEqualTo(6);
    }

    @Test
    void aFileIsInvisibleWhileWrittenAndAfterAFailedWrite() throws Exception {
        store().put("videos/v2/video.mp4", text("the old video"));
        List<Boolean> seenMidway = new ArrayList<>();
        InputStream failing = new FilterInputStream(new ByteArrayInputStream(new byte[3 * 1024 * 1024])) {
            private long read;

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                if (read > 1024 * 1024) {
                    seenMidway.add(store().find("videos/v2/new.mp4").isPresent());
                    seenMidway.add(readQuietly("videos/v2/video.mp4").equals("the old video"));
                    throw new IOException("the render died mid-write");
                }
                int n = super.read(b, off, Math.min(len, 64 * 1024));
                read += Math.max(n, 0);
                return n;
            }
        };
        assertThatThrownBy(() -> store().put("videos/v2/new.mp4", failing)).hasStackTraceContaining("mid-write");
        InputStream failingReplacement = new FilterInputStream(new ByteArrayInputStream(new byte[16])) {
            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                throw new IOException("the disk filled mid-write");
            }
        };
        assertThatThrownBy(() -> store().put("videos/v2/video.mp4", failingReplacement))
                .hasStackTraceContaining("mid-write");

        assertThat(seenMidway).containsExactly(false, true);
        assertThat(store().find("videos/v2/new.mp4")).isEmpty();
        assertThat(read(store().open("videos/v2/video.mp4", 0))).isEqualTo("the old video");
    }

    @Test
    void copiesAStoredFileToLocalDiskReplacingWhatIsThere() throws Exception {
        store().put("artefacts/segments/segment-ab12.mp4", text("segment bytes"));
        Path work = Files.createDirectories(dir.resolve("work"));
        Path target = Files.writeString(work.resolve("segment.mp4"), "a stale copy that is longer");

        store().copyTo("artefacts/segments/segment-ab12.mp4", target);

        assertThat(target).hasContent("segment bytes");
        try (var files = Files.list(work)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("segment.mp4");
        }
        Path missing = work.resolve("missing.mp4");
        assertThatThrownBy(() -> store().copyTo("artefacts/segments/segment-none.mp4", missing))
                .isInstanceOf(NoSuchFileException.class);
        assertThat(missing).doesNotExist();
    }

    @Test
    void copiesEachStoredFileOfABatchAndSkipsTheKeysWithNothingStored() throws Exception {
        Map<String, Path> targets = new LinkedHashMap<>();
        List<String> stored = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            String key = "artefacts/segments/s" + i + ".mp4";
            if (i % 3 != 0) {
                store().put(key, text("segment " + i));
                stored.add(key);
            }
            targets.put(key, dir.resolve("s" + i + ".mp4"));
        }

        assertThat(store().copyEachTo(targets)).containsExactlyInAnyOrderElementsOf(stored);
        for (int i = 0; i < 12; i++) {
            Path copy = dir.resolve("s" + i + ".mp4");
            if (i % 3 != 0) {
                assertThat(copy).hasContent("segment " + i);
            } else {
                assertThat(copy).doesNotExist();
            }
        }
        assertThat(store().copyEachTo(Map.of())).isEmpty();
    }

    @Test
    void aBatchCopyThrowsAFailureOtherThanNothingStored() throws Exception {
        store().put("artefacts/segments/a.mp4", text("a"));
        store().put("artefacts/segments/b.mp4", text("b"));
        Path occupied = Files.createDirectories(dir.resolve("occupied"));
        Files.writeString(occupied.resolve("inside"), "a directory with a file cannot be replaced by one");
        Map<String, Path> targets = new LinkedHashMap<>();
        targets.put("artefacts/segments/none.mp4", dir.resolve("none.mp4"));
        targets.put("artefacts/segments/a.mp4", occupied);
        targets.put("artefacts/segments/b.mp4", dir.resolve("b.mp4"));

        assertThatThrownBy(() -> store().copyEachTo(targets)).isInstanceOf(IOException.class)
                .isNotInstanceOf(NoSuchFileException.class);
        assertThat(occupied.resolve("inside")).exists();
    }

    @Test
    void deletesEverythingUnderAPrefixAndNothingBeside() throws Exception {
        store().put("videos/abc/video.mp4", text("v"));
        store().put("videos/abc/captions/en.srt", text("c"));
        store().put("videos/abcd/video.mp4", text("neighbour"));
        store().put("assets/a1", text("upload"));
        store().put("assets/a12", text("another upload"));

        store().deleteAll("videos/abc/");
        store().deleteAll("assets/a1");
        store().deleteAll("videos/never-made/");

        assertThat(store().find("videos/abc/video.mp4")).isEmpty();
        assertThat(store().find("videos/abc/captions/en.srt")).isEmpty();
        assertThat(store().find("assets/a1")).isEmpty();
        assertThat(store().find("videos/abcd/video.mp4")).isPresent();
        assertThat(store().find("assets/a12")).isPresent();
    }

    @Test
    void concurrentPutsOfOneContentAddressedKeyLeaveOneWholeCopy() throws Exception {
        byte[] segment = bytes(6 * 1024 * 1024, 7);
        int workers = 4;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(workers);
        try {
            List<CompletableFuture<Void>> puts = new ArrayList<>();
            for (int i = 0; i < workers; i++) {
                puts.add(CompletableFuture.runAsync(() -> {
                    try {
                        start.await();
                        store().put("artefacts/segments/segment-" + sha256(segment) + ".mp4",
                                new ByteArrayInputStream(segment));
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                }, pool));
            }
            start.countDown();
            CompletableFuture.allOf(puts.toArray(CompletableFuture[]::new)).join();
        } finally {
            pool.shutdown();
        }

        Path copy = dir.resolve("copy.mp4");
        store().copyTo("artefacts/segments/segment-" + sha256(segment) + ".mp4", copy);
        assertThat(sha256(Files.readAllBytes(copy))).isEqualTo(sha256(segment));
    }

    @Test
    void aFileLargerThanAPartStreamsInAndOutWhole() throws Exception {
        byte[] video = bytes(LARGE, 11);
        Path source = Files.write(dir.resolve("large.mp4"), video);

        store().put("videos/big/video.mp4", source);
        store().put("videos/big/copy.mp4", new ByteArrayInputStream(video));

        assertThat(store().find("videos/big/video.mp4").orElseThrow().size()).isEqualTo(LARGE);
        Path back = dir.resolve("back.mp4");
        store().copyTo("videos/big/copy.mp4", back);
        assertThat(sha256(Files.readAllBytes(back))).isEqualTo(sha256(video));
        try (InputStream tail = store().open("videos/big/video.mp4", LARGE - 100)) {
            assertThat(tail.readAllBytes()).isEqualTo(java.util.Arrays.copyOfRange(video, LARGE - 100, LARGE));
        }
        try (InputStream head = store().open("videos/big/video.mp4", 5)) {
            assertThat(head.readNBytes(3)).isEqualTo(java.util.Arrays.copyOfRange(video, 5, 8));
        } // closed long before the end: the rest is not read
    }

    @Test
    void dropsArtefactsWrittenBeforeTheCutoffAndKeepsTheRest() throws Exception {
        Instant before = Instant.now().minus(Duration.ofHours(1));
        store().put("artefacts/stills/still-1.png", text("still"));
        store().put("videos/keep/video.mp4", text("video"));
        AgedMedia aged = (AgedMedia) store();

        assertThat(aged.deleteWrittenBefore("artefacts/", before)).isZero();
        assertThat(store().find("artefacts/stills/still-1.png")).isPresent();
        assertThat(aged.deleteWrittenBefore("artefacts/", Instant.now().plus(Duration.ofHours(1)))).isEqualTo(1);
        assertThat(store().find("artefacts/stills/still-1.png")).isEmpty();
        assertThat(store().find("videos/keep/video.mp4")).isPresent();
    }

    @Test
    void refusesKeysThatAreNotMediaKeys() {
        assertThatThrownBy(() -> store().find("../etc/passwd")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store().put("/videos/x", text("x"))).isInstanceOf(IllegalArgumentException.class);
    }

    private String readQuietly(String key) {
        try (InputStream in = store().open(key, 0)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return e.toString();
        }
    }

    protected static InputStream text(String content) {
        return new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8));
    }

    protected static String read(InputStream in) throws IOException {
        try (in) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    protected static byte[] bytes(int size, long seed) {
        byte[] bytes = new byte[size];
        new Random(seed).nextBytes(bytes);
        return bytes;
    }

    protected static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
