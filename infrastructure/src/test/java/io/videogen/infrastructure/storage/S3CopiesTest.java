package io.videogen.infrastructure.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** The store's copies side by side: how many at once, what is skipped, what is thrown, what an interrupt does. */
class S3CopiesTest {

    private static Map<String, Path> targets(int count) {
        Map<String, Path> targets = new LinkedHashMap<>();
        for (int i = 0; i < count; i++) {
            targets.put("artefacts/segments/s" + i + ".mp4", Path.of("s" + i + ".mp4"));
        }
        return targets;
    }

    @Test
    void copiesAsManyAtOnceAsItIsAllowedAndNoMore() throws Exception {
        AtomicInteger inFlight = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        // a copy goes on only when three are in flight together: one after another would never get past it
        CyclicBarrier three = new CyclicBarrier(3);
        try (S3Copies copies = new S3Copies(3)) {
            var copied = copies.copyEach(targets(9), (key, target) -> {
                most.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
                try {
                    three.await(10, TimeUnit.SECONDS);
                } catch (Exception e) {
                    throw new IOException("the copies did not run side by side", e);
                } finally {
                    inFlight.decrementAndGet();
                }
            });

            assertThat(copied).containsExactlyInAnyOrderElementsOf(targets(9).keySet());
            assertThat(most.get()).isEqualTo(3);
        }
    }

    @Test
    void skipsWhatIsNotStoredAndThrowsAnyOtherFailureAsItWas() throws Exception {
        try (S3Copies copies = new S3Copies(4)) {
            var copied = copies.copyEach(targets(6), (key, target) -> {
                if (key.endsWith("s2.mp4") || key.endsWith("s4.mp4")) {
                    throw new NoSuchFileException(key);
                }
            });
            assertThat(copied).hasSize(4).doesNotContain("artefacts/segments/s2.mp4", "artefacts/segments/s4.mp4");

            IOException refused = new IOException("S3 read of artefacts/segments/s1.mp4 failed: 403");
            assertThatThrownBy(() -> copies.copyEach(targets(6), (key, target) -> {
                if (key.endsWith("s1.mp4")) {
                    throw refused;
                }
            })).isSameAs(refused);

            IllegalStateException broken = new IllegalStateException("a bug");
            assertThatThrownBy(() -> copies.copyEach(targets(2), (key, target) -> {
                throw broken;
            })).isSameAs(broken);
        }
    }

    @Test
    void anInterruptOfTheCallerInterruptsTheCopiesAndIsThrown() throws Exception {
        CountDownLatch begun = new CountDownLatch(2);
        CountDownLatch interrupted = new CountDownLatch(2);
        CountDownLatch never = new CountDownLatch(1);
        AtomicReference<Object> outcome = new AtomicReference<>();
        try (S3Copies copies = new S3Copies(2)) {
            Thread caller = new Thread(() -> {
                try {
                    outcome.set(copies.copyEach(targets(2), (key, target) -> {
                        begun.countDown();
                        try {
                            never.await();
                        } catch (InterruptedException e) {
                            interrupted.countDown();
                        }
                    }));
                } catch (IOException e) {
                    outcome.set(e);
                }
            });
            caller.start();
            assertThat(begun.await(10, TimeUnit.SECONDS)).isTrue();
            caller.interrupt();
            caller.join(10_000);

            assertThat(outcome.get()).isInstanceOf(InterruptedIOException.class);
            assertThat(interrupted.await(10, TimeUnit.SECONDS)).isTrue();
        }
    }

    @Test
    void refusesFewerThanOneAtOnce() {
        assertThatThrownBy(() -> new S3Copies(0)).hasMessageContaining("videogen.storage.s3.requests-at-once");
    }
}
