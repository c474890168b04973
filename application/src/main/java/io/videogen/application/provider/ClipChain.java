package io.videogen.application.provider;

import io.videogen.application.port.in.QuotaExceededException;
import io.videogen.application.port.out.ClipGenerator;
import io.videogen.application.port.out.ClipGenerator.ClipShape;
import io.videogen.application.port.out.MediaInspector;
import io.videogen.application.port.out.ProviderAccount;
import io.videogen.application.port.out.ProviderDirectory;
import io.videogen.application.port.out.ProviderObserver;
import io.videogen.application.port.out.ProviderResultCache;
import io.videogen.application.port.out.ProviderUnavailableException;
import io.videogen.application.port.out.UnusableAnswerException;
import io.videogen.domain.media.Resolution;
import io.videogen.domain.provider.Capability;
import io.videogen.domain.video.SceneProvenance;
import io.videogen.domain.video.SceneProvenance.PictureMaker;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Generated clips with the video chain: a {@code clip} visual with a prompt is made by the first
 * video provider whose clip the media inspection accepts as a video (the checks an upload gets),
 * kept by content address (provider, model, size, seconds, prompt) so the same clip is paid for
 * once. With no link left, the chain's offline answer is the prompt's picture with a Ken Burns move,
 * which the caller paints: {@link #make} then answers empty.
 */
public final class ClipChain {

    /** No video providers (the command line): every clip scene is its prompt's picture. */
    public static final ClipChain NONE = new ClipChain(null, null, ProviderObserver.NONE, null, null);

    private final ProviderDirectory directory;
    private final MediaInspector inspector;
    private final ProviderObserver observer;
    private final ProviderResultCache cache;
    private final UsageMeter meter;

    public ClipChain(ProviderDirectory directory, MediaInspector inspector, ProviderObserver observer,
                     ProviderResultCache cache, UsageMeter meter) {
        this.directory = directory;
        this.inspector = inspector;
        this.observer = observer;
        this.cache = cache;
        this.meter = meter;
    }

    /** A clip in its file, and who made it ({@code fallback} when an earlier link failed first). */
    public record Made(Path clip, PictureMaker maker) {
    }

    /**
     * Writes the clip for the prompt to {@code file}.
     *
     * @return the clip, or empty when the scene is to show its prompt's picture instead
     * @throws ProviderUnavailableException when every link failed and the chain has no offline answer
     */
    public Optional<Made> make(String prompt, Resolution frame, Duration sceneLength, Path file,
                               ProviderAccount account) {
        List<ClipGenerator> links = directory == null ? List.of() : directory.as(account).clipLinks();
        ChainFailures failures = new ChainFailures();
        boolean fallback = false;
        for (ClipGenerator link : links) {
            ClipShape shape = link.shape(frame, sceneLength);
            String key = ResultKeys.of("video", link.fingerprint(), shape.size(), Integer.toString(shape.seconds()),
                    prompt);
            try {
                boolean kept = cache.restore(Capability.VIDEO, key, file).isPresent();
                if (!kept) {
                    if (!directory.enabled(link.provider())) {
                        failures.switchedOff(link.provider());
                        fallback = true;
                        continue;
                    }
                    meter.admit(account, Capability.VIDEO);
                    link.generate(prompt, shape, file);
                    checkClip(link.provider(), file);
                    meter.record(account, Capability.VIDEO, 1);
                    cache.keep(Capability.VIDEO, key, file, "");
                }
                observer.served(Capability.VIDEO, link.provider(), fallback);
                return Optional.of(new Made(file, new PictureMaker(link.provider(), fallback)));
            } catch (ProviderUnavailableException e) {
                failures.unavailable(e);
            } catch (UnusableAnswerException e) {
                failures.unusable(e);
            } catch (QuotaExceededException e) {
                failures.refused(e.getMessage());
            }
            SpeechChain.deleteQuietly(file);
            fallback = true;
        }
        if (!links.isEmpty() && !directory.offlineFallback(Capability.VIDEO)) {
            observer.exhausted(Capability.VIDEO);
            throw new ProviderUnavailableException(null, "no video provider made a clip: " + failures.summary(),
                    failures.retryAfter(), null);
        }
        if (!links.isEmpty()) {
            observer.served(Capability.VIDEO, SceneProvenance.OFFLINE, fallback);
        }
        return Optional.empty();
    }

    private void checkClip(String provider, Path clip) {
        try {
            if (!inspector.inspect(clip).kind().isVideo()) {
                throw new UnusableAnswerException(provider, "provider '" + provider + "' (video) sent something "
                        + "that is not a video");
            }
        } catch (MediaInspector.RejectedMediaException e) {
            throw new UnusableAnswerException(provider, "provider '" + provider + "' (video) sent a clip that "
                    + "cannot be used: " + e.getMessage());
        }
    }
}
