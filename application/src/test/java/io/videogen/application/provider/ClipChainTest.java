package io.videogen.application.provider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.smallrye.mutiny.Uni;
import io.videogen.application.fakes.FixedClock;
import io.videogen.application.fakes.NoProviders;
import io.videogen.application.port.out.ClipGenerator;
import io.videogen.application.port.out.MediaInspector;
import io.videogen.application.port.out.ProviderAccount;
import io.videogen.application.port.out.ProviderObserver;
import io.videogen.application.port.out.ProviderResultCache;
import io.videogen.application.port.out.ProviderUnavailableException;
import io.videogen.application.port.out.UnusableAnswerException;
import io.videogen.application.port.out.UsageLedger;
import io.videogen.domain.asset.AssetKind;
import io.videogen.domain.media.Resolution;
import io.videogen.domain.provider.Capability;
import io.videogen.domain.user.UserId;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The video chain's rules: who is asked, what counts as a clip, what a second render costs, and the end of the chain. */
class ClipChainTest {

    private static final Resolution FRAME = new Resolution(320, 180);

    @TempDir
    Path work;

    private final List<String> calls = new ArrayList<>();
    private final Map<String, byte[]> kept = new HashMap<>();
    private final Map<UserId, Long> clipsUsed = new ConcurrentHashMap<>();
    private final Set<String> switchedOff = new java.util.HashSet<>();
    private boolean offlineFallback = true;

    @Test
    void theFirstLinkThatSendsAVideoMakesTheClipAndALaterRenderFindsItKept() throws IOException {
        ClipChain chain = chain(List.of(link("broken", "<html>busy</html>"), link("studio", "ftyp clip")));
        UserId ana = UserId.random();

        Optional<ClipChain.Made> made = chain.make("a lake", FRAME, Duration.ofSeconds(3), work.resolve("a.mp4"),
                ProviderAccount.of(ana));

        assertThat(made).hasValueSatisfying(clip -> {
            assertThat(clip.maker().provider()).isEqualTo("studio");
            assertThat(clip.maker().fallback()).as("an earlier link failed").isTrue();
        });
        assertThat(Files.readString(work.resolve("a.mp4"))).isEqualTo("ftyp clip");
        assertThat(calls).containsExactly("broken:a lake:1280x720:4", "studio:a lake:1280x720:4");
        assertThat(clipsUsed).containsEntry(ana, 1L);

        calls.clear();
        Optional<ClipChain.Made> again = chain.make("a lake", FRAME, Duration.ofSeconds(3), work.resolve("b.mp4"),
                ProviderAccount.of(UserId.random()));
        assertThat(again).isPresent();
        assertThat(calls).as("the broken link is asked again, the studio's clip is kept").containsExactly(
                "broken:a lake:1280x720:4");
        assertThat(Files.readString(work.resolve("b.mp4"))).isEqualTo("ftyp clip");
    }

    @Test
    void withNoLinkDeliveringTheSceneFallsBackToItsPictureAndLeavesNoFile() {
        switchedOff.add("studio");
        ClipChain chain = chain(List.of(link("studio", "ftyp clip"), link("broken", "not a video")));

        Optional<ClipChain.Made> made = chain.make("a lake", FRAME, Duration.ofSeconds(3), work.resolve("a.mp4"),
                ProviderAccount.SERVER);

        assertThat(made).isEmpty();
        assertThat(calls).containsExactly("broken:a lake:1280x720:4");
        assertThat(work.resolve("a.mp4")).doesNotExist();
    }

    @Test
    void withoutTheOfflineLinkAChainThatFailedFailsRetryablyNamingEachLink() {
        offlineFallback = false;
        ClipChain chain = chain(List.of(link("broken", "not a video")));

        assertThatThrownBy(() -> chain.make("a lake", FRAME, Duration.ofSeconds(3), work.resolve("a.mp4"),
                ProviderAccount.SERVER))
                .isInstanceOf(ProviderUnavailableException.class)
                .hasMessageContaining("no video provider made a clip")
                .hasMessageContaining("provider 'broken' (video) sent something that is not a video");
    }

    @Test
    void aUserAtTheClipQuotaGetsThePictureWithoutACall() {
        UserId ana = UserId.random();
        clipsUsed.put(ana, 2L);
        ClipChain chain = chain(List.of(link("studio", "ftyp clip")));

        assertThat(chain.make("a lake", FRAME, Duration.ofSeconds(3), work.resolve("a.mp4"), ProviderAccount.of(ana)))
                .isEmpty();
        assertThat(calls).isEmpty();
    }

    @Test
    void withoutProvidersEveryClipIsItsPicture() {
        assertThat(ClipChain.NONE.make("a lake", FRAME, Duration.ofSeconds(3), work.resolve("a.mp4"),
                ProviderAccount.SERVER)).isEmpty();
    }

    private ClipChain chain(List<ClipGenerator> links) {
        NoProviders directory = new NoProviders() {
            @Override
            public List<ClipGenerator> clipLinks() {
                return links;
            }

            @Override
            public boolean enabled(String provider) {
                return !switchedOff.contains(provider);
            }

            @Override
            public boolean offlineFallback(Capability capability) {
                return offlineFallback;
            }
        };
        UsageMeter meter = new UsageMeter(new Ledger(), new UsageMeter.Limits(Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.of(2L)), new FixedClock());
        return new ClipChain(directory, new SniffingInspector(), ProviderObserver.NONE, new KeptInMemory(), meter);
    }

    /** A provider that sends these bytes for every prompt, landscape, four seconds. */
    private ClipGenerator link(String name, String bytes) {
        return new ClipGenerator() {
            @Override
            public String provider() {
                return name;
            }

            @Override
            public String fingerprint() {
                return "openai|http://" + name + "|model";
            }

            @Override
            public ClipShape shape(Resolution frame, Duration sceneLength) {
                return new ClipShape("1280x720", 4);
            }

            @Override
            public void generate(String prompt, ClipShape shape, Path file) {
                calls.add(name + ":" + prompt + ":" + shape.size() + ":" + shape.seconds());
                try {
                    Files.writeString(file, bytes);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        };
    }

    /** Takes a file starting with {@code ftyp} for a video, anything else for no known media. */
    private static final class SniffingInspector implements MediaInspector {
        @Override
        public Inspection inspect(Path file) {
            try {
                if (Files.readString(file, StandardCharsets.UTF_8).startsWith("ftyp")) {
                    return new Inspection(AssetKind.MP4, 160, 90, 1000L);
                }
                return new Inspection(AssetKind.PNG, 1, 1, null);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private final class KeptInMemory implements ProviderResultCache {
        @Override
        public Optional<String> restore(Capability capability, String key, Path target) {
            byte[] bytes = kept.get(capability + key);
            if (bytes == null) {
                return Optional.empty();
            }
            try {
                Files.write(target, bytes);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return Optional.of("");
        }

        @Override
        public void keep(Capability capability, String key, Path result, String note) {
            try {
                kept.put(capability + key, Files.readAllBytes(result));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private final class Ledger implements UsageLedger {
        @Override
        public Uni<Usage> usage(UserId user, YearMonth period) {
            return Uni.createFrom().item(new Usage(0, 0, 0, clipsUsed.getOrDefault(user, 0L)));
        }

        @Override
        public Uni<Void> add(UserId user, YearMonth period, Capability capability, long amount) {
            clipsUsed.merge(user, amount, Long::sum);
            return Uni.createFrom().voidItem();
        }
    }
}
