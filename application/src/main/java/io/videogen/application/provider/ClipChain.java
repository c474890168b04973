package io.videogen.application.provider;

import io.videogen.application.port.out.ClipGenerator;
import io.videogen.application.port.out.ClipGenerator.ClipShape;
import io.videogen.application.port.out.MediaInspector;
import io.videogen.application.port.out.ProviderAccount;
import io.videogen.application.port.out.ProviderDirectory;
import io.videogen.application.port.out.ProviderObserver;
import io.videogen.application.port.out.ProviderResultCache;
import io.videogen.application.port.out.ProviderUnavailableException;
import io.videogen.domain.media.Resolution;
import io.videogen.domain.provider.Capability;
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
    private final ChainWalk walk;

    public ClipChain(ProviderDirectory directory, MediaInspector inspector, ProviderObserver observer,
                     ProviderResultCache cache, UsageMeter meter) {
        this.directory = directory;
        this.inspector = inspector;
        this.walk = new ChainWalk(directory, observer, cache, meter);
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
        if (links.isEmpty()) {
            return Optional.empty();
        }
        return walk.walk(Capability.VIDEO, account, links,
                link -> Optional.of(generated(link, prompt, link.shape(frame, sceneLength), file)),
                "no video provider made a clip", fallback -> Optional.empty());
    }

    /** A link's turn: the clip it generates (or that was kept) in {@code file}. */
    private ChainWalk.Attempt<Path, Optional<Made>> generated(ClipGenerator link, String prompt, ClipShape shape,
                                                              Path file) {
        String key = ResultKeys.of("video", link.fingerprint(), shape.size(), Integer.toString(shape.seconds()),
                prompt);
        return new ChainWalk.Attempt<>(new ChainWalk.Place(link.provider(), key, file)) {
            @Override
            Path restored(String note) {
                return file;
            }

            @Override
            Path make() {
                link.generate(prompt, shape, file);
                ProviderAnswer.VIDEO.check(inspector, link.provider(), file);
                return file;
            }

            @Override
            Optional<Made> serve(Path clip, boolean fallback) {
                return Optional.of(new Made(clip, new PictureMaker(link.provider(), fallback)));
            }
        };
    }
}
