package io.videogen.infrastructure.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.bytedeco.javacpp.Pointer;
import org.junit.jupiter.api.Test;

/**
 * Native memory freed by one encoder is reused by the next without faulting its pages in again (ADR 0048):
 * blocks of a few MiB allocated, written and freed together, as an x264 encoder's frames are, come back
 * from glibc's heap already mapped. Counted in this thread's minor page faults (Linux).
 */
class NativeHeapTest {

    private static final Path THREAD_STAT = Path.of("/proc/thread-self/stat");
    private static final int BLOCKS = 8;
    private static final long BLOCK_BYTES = 2L << 20;
    private static final long PAGES_PER_ROUND = BLOCKS * BLOCK_BYTES / 4096;

    @Test
    void blocksFreedTogetherAreReusedWithoutFaultingTheirPagesInAgain() throws IOException {
        assumeTrue(Files.isReadable(THREAD_STAT), "needs Linux's per-thread fault counts");
        NativeMedia.load();
        allocateWriteAndFree();   // the first round maps them
        long before = minorFaults();
        for (int round = 0; round < 5; round++) {
            allocateWriteAndFree();
        }
        long faults = minorFaults() - before;
        // without the raised thresholds each round faults all its pages in again (16 MiB are freed at once,
        // past the trim threshold glibc set itself from a 2 MiB block): 5 x 4096 faults
        assertThat(faults).isLessThan(PAGES_PER_ROUND / 4);
    }

    private static void allocateWriteAndFree() {
        Pointer[] blocks = new Pointer[BLOCKS];
        for (int i = 0; i < BLOCKS; i++) {
            blocks[i] = Pointer.malloc(BLOCK_BYTES);
            assertThat(blocks[i]).isNotNull();
            Pointer.memset(blocks[i], i + 1, BLOCK_BYTES);
        }
        for (Pointer block : blocks) {
            Pointer.free(block);
        }
    }

    /** This thread's minor faults: field 10 of its stat line, counted after the command's closing parenthesis. */
    private static long minorFaults() throws IOException {
        String stat = Files.readString(THREAD_STAT);
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return Long.parseLong(fields[7]);
    }
}
