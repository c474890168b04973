package io.videogen.infrastructure.media;

import org.bytedeco.javacpp.Pointer;

/**
 * Lets glibc keep the native memory that encoders free for the next one, instead of giving it back to the
 * kernel and faulting it in again page by page (ADR 0048).
 *
 * <p>Every GOP of a segment is coded by an x264 encoder of its own, and each allocates its frames afresh:
 * tens of MB for a 720p fade. glibc serves allocations above its mmap threshold (128 KiB at first) with
 * {@code mmap} and gives them back with {@code munmap} when freed, so the next encoder faults every page in
 * again (about 6,000 minor faults a 720p fade and held picture, a third of their CPU on this machine). glibc
 * raises that threshold by itself when a mapped block is freed, to the block's size (and its trim threshold
 * to twice that), up to 32 MiB; one block of just under 32 MiB allocated and freed at start-up raises it once
 * to the ceiling. Later blocks up to 32 MiB then come from glibc's heaps and are reused there, and a heap is
 * trimmed only past 64 MiB free. That holds in the program's own heap: an arena of a thread's own is made of
 * 64 MiB heaps, and glibc unmaps one whenever it is emptied, so the launcher and the container images give every
 * thread that one arena ({@code MALLOC_ARENA_MAX=1}, ADR 0053). (Setting either threshold with {@code mallopt} or
 * {@code MALLOC_*_} variables would turn that dynamic raise off, and needs native code or the launcher's
 * environment; the launcher sets both for a render in a process of its own and for the render daemon, ADR 0053.)
 *
 * <p>Freed memory is then kept by the process for reuse rather than returned; {@code malloc_trim}
 * ({@link Pointer#trimMemory}, before a long narration is levelled) still gives it back. Another C library
 * just allocates and frees one block.
 */
final class NativeHeap {

    /** glibc's ceiling for its dynamic mmap threshold on 64-bit systems (DEFAULT_MMAP_THRESHOLD_MAX). */
    static final long DYNAMIC_THRESHOLD_CEILING = 32L << 20;

    /** Under the ceiling by more than a mapped block's header and page rounding. */
    private static final long PRIMING_BLOCK = DYNAMIC_THRESHOLD_CEILING - (8 << 10);

    private NativeHeap() {
    }

    /** Raises glibc's mmap and trim thresholds to their dynamic ceiling; called once, when FFmpeg is loaded. */
    static void keepFreedMemory() {
        Pointer block = Pointer.malloc(PRIMING_BLOCK);
        if (block != null && !block.isNull()) {
            Pointer.free(block);
        }
    }
}
