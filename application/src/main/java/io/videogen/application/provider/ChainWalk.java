package io.videogen.application.provider;

import io.videogen.application.port.in.QuotaExceededException;
import io.videogen.application.port.out.ProviderAccount;
import io.videogen.application.port.out.ProviderDirectory;
import io.videogen.application.port.out.ProviderObserver;
import io.videogen.application.port.out.ProviderResultCache;
import io.videogen.application.port.out.ProviderUnavailableException;
import io.videogen.application.port.out.UnusableAnswerException;
import io.videogen.domain.provider.Capability;
import io.videogen.domain.video.SceneProvenance;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The walk a media chain makes over its links, the one owner of its order: a link's kept result is
 * restored when there is one; else a link an admin switched off is passed over, the user's quota is
 * asked, the provider is called and its answer checked, the use metered and the result kept. The
 * first link that answers serves ({@code fallback} when a link before it failed or was passed over);
 * a failed link leaves no file behind. With no link left, the chain's offline answer serves, or,
 * when the chain may not fall back offline, it fails with every link's reason.
 */
record ChainWalk(ProviderDirectory directory, ProviderObserver observer, ProviderResultCache cache,
                 UsageMeter meter) {

    /**
     * Where a link's result is.
     *
     * @param key  the content address the link's result is kept under
     * @param file where the link's result is written (or restored) to
     */
    record Place(String provider, String key, Path file) {
    }

    /** One link's turn: what the chain asks of it and makes of its answer ({@code V}) for the caller ({@code R}). */
    abstract static class Attempt<V, R> {

        private final Place place;

        Attempt(Place place) {
            this.place = place;
        }

        /** The kept result, restored to its place's file with its note. */
        abstract V restored(String note);

        /** Calls the provider and checks its answer. */
        abstract V make();

        /** What the caller gets from the link's result. */
        abstract R serve(V answer, boolean fallback);

        /** The file kept of a made result. */
        Path kept(V answer) {
            return place.file();
        }

        /** The note kept beside a made result. */
        String note(V answer) {
            return "";
        }

        /** The use metered for a made result. */
        long units() {
            return 1;
        }

        /** Whether its place's file is a scratch copy, deleted after the link's turn whatever came of it. */
        boolean scratch() {
            return false;
        }
    }

    /**
     * Walks the links in order.
     *
     * @param attempts a link's turn, or empty when the link has nothing to offer (passed over, not a fallback)
     * @param noAnswer the start of the failure's message, e.g. {@code no image provider made a picture}
     * @param offline  the chain's offline answer, given whether it is a fallback
     * @throws ProviderUnavailableException when no link served and the chain may not fall back offline
     */
    <L, R> R walk(Capability capability, ProviderAccount account, List<L> links,
                  Function<L, Optional<? extends Attempt<?, R>>> attempts, String noAnswer,
                  Function<Boolean, R> offline) {
        ChainFailures failures = new ChainFailures();
        boolean fallback = false;
        for (L link : links) {
            Optional<? extends Attempt<?, R>> attempt = attempts.apply(link);
            if (attempt.isEmpty()) {
                continue;
            }
            Optional<R> served = turn(capability, account, attempt.get(), failures, fallback);
            if (served.isPresent()) {
                return served.get();
            }
            fallback = true;
        }
        if (!directory.offlineFallback(capability)) {
            observer.exhausted(capability);
            throw new ProviderUnavailableException(null, noAnswer + ": " + failures.summary(),
                    failures.retryAfter(), null);
        }
        R answer = offline.apply(fallback);
        observer.served(capability, SceneProvenance.OFFLINE, fallback);
        return answer;
    }

    /** One link's turn: what it served, or empty when it failed or was passed over (noted in {@code failures}). */
    private <V, R> Optional<R> turn(Capability capability, ProviderAccount account, Attempt<V, R> attempt,
                                    ChainFailures failures, boolean fallback) {
        Place place = attempt.place;
        String provider = place.provider();
        try {
            Optional<String> note = cache.restore(capability, place.key(), place.file());
            V answer;
            if (note.isPresent()) {
                answer = attempt.restored(note.get());
            } else {
                if (!directory.enabled(provider)) {
                    failures.switchedOff(provider);
                    return Optional.empty();
                }
                meter.admit(account, capability);
                answer = attempt.make();
                meter.record(account, capability, attempt.units());
                cache.keep(capability, place.key(), attempt.kept(answer), attempt.note(answer));
            }
            R served = attempt.serve(answer, fallback);
            observer.served(capability, provider, fallback);
            return Optional.of(served);
        } catch (ProviderUnavailableException e) {
            failures.unavailable(e);
        } catch (UnusableAnswerException e) {
            failures.unusable(e);
        } catch (QuotaExceededException e) {
            failures.refused(e.getMessage());
        } finally {
            if (attempt.scratch()) {
                deleteQuietly(place.file());
            }
        }
        deleteQuietly(place.file());
        return Optional.empty();
    }

    static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // a leftover the workspace cleanup removes
        }
    }
}
