package io.videogen.infrastructure.redis;

import io.smallrye.mutiny.Uni;
import io.videogen.application.port.out.SignInAttempts;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/** Failed sign-ins counted in this process only: the fallback when no Redis is configured. */
final class InProcessSignInAttempts implements SignInAttempts {

    private static final int PRUNE_ABOVE = 50_000;

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final LongSupplier nanoTime;

    InProcessSignInAttempts() {
        this(System::nanoTime);
    }

    InProcessSignInAttempts(LongSupplier nanoTime) {
        this.nanoTime = nanoTime;
    }

    @Override
    public Uni<Optional<Duration>> lockedFor(String key) {
        Entry entry = entries.get(key);
        return Uni.createFrom().item(entry == null ? Optional.empty() : entry.lockedFor(nanoTime.getAsLong()));
    }

    @Override
    public Uni<Optional<Duration>> recordFailure(String key, int threshold, Duration window, Duration lockout) {
        long now = nanoTime.getAsLong();
        if (entries.size() > PRUNE_ABOVE) {
            entries.values().removeIf(entry -> entry.isSpentAt(now));
        }
        Entry entry = entries.computeIfAbsent(key, ignored -> new Entry());
        return Uni.createFrom().item(entry.fail(now, threshold, window, lockout));
    }

    @Override
    public Uni<Void> clear(String key) {
        entries.remove(key);
        return Uni.createFrom().voidItem();
    }

    private static final class Entry {
        private int failures;
        private long windowEnds;
        private long lockEnds;

        synchronized Optional<Duration> fail(long now, int threshold, Duration window, Duration lockout) {
            if (failures == 0 || now - windowEnds >= 0) {
                failures = 0;
                windowEnds = now + window.toNanos();
            }
            failures++;
            if (failures >= threshold) {
                failures = 0;
                lockEnds = now + lockout.toNanos();
                return Optional.of(lockout);
            }
            return Optional.empty();
        }

        synchronized Optional<Duration> lockedFor(long now) {
            long left = lockEnds - now;
            return lockEnds != 0 && left > 0 ? Optional.of(Duration.ofNanos(left)) : Optional.empty();
        }

        synchronized boolean isSpentAt(long now) {
            return now - windowEnds >= 0 && now - lockEnds >= 0;
        }
    }
}
