package io.videogen.application.provider;

import io.videogen.application.port.in.QuotaExceededException;
import io.videogen.application.port.out.MediaInspector;
import io.videogen.application.port.out.ProviderAccount;
import io.videogen.application.port.out.ProviderDirectory;
import io.videogen.application.port.out.ProviderDirectory.SpeechLink;
import io.videogen.application.port.out.ProviderObserver;
import io.videogen.application.port.out.ProviderResultCache;
import io.videogen.application.port.out.ProviderUnavailableException;
import io.videogen.application.port.out.SpeechClip;
import io.videogen.application.port.out.SpeechSynthesizer;
import io.videogen.application.port.out.UnusableAnswerException;
import io.videogen.application.port.out.VoiceDescription;
import io.videogen.domain.media.Voice;
import io.videogen.domain.provider.Capability;
import io.videogen.domain.video.SceneProvenance;
import io.videogen.domain.video.SceneProvenance.VoiceMaker;
import io.videogen.domain.speech.SpeechPauses;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Narration through the speech chain. A provider voice ({@code <provider>:<voice>}) is spoken by its
 * provider first; when that fails, by the chain's next links in a voice of the same language, and
 * last by the offline voice. An offline voice is spoken offline. Every clip a provider returns is
 * inspected before it is used; a failed link leaves no file behind.
 */
public final class SpeechChain implements SpeechSynthesizer {

    public static final String OFFLINE = SceneProvenance.OFFLINE;

    private final ProviderDirectory directory;
    private final SpeechSynthesizer offline;
    private final MediaInspector inspector;
    private final ProviderObserver observer;
    private final ProviderResultCache cache;
    private final UsageMeter meter;

    public SpeechChain(ProviderDirectory directory, SpeechSynthesizer offline, MediaInspector inspector,
                       ProviderObserver observer, ProviderResultCache cache, UsageMeter meter) {
        this.directory = directory;
        this.offline = offline;
        this.inspector = inspector;
        this.observer = observer;
        this.cache = cache;
        this.meter = meter;
    }

    @Override
    public List<VoiceDescription> voices() {
        List<VoiceDescription> voices = new ArrayList<>(offline.voices());
        directory.speechLinks().stream().filter(link -> directory.enabled(link.provider()))
                .forEach(link -> voices.addAll(link.synthesizer().voices()));
        return voices;
    }

    @Override
    public SpeechClip synthesize(String text, Voice voice, Path wavFile) {
        return narrate(text, voice, wavFile).clip();
    }

    @Override
    public Spoken narrate(String text, Voice voice, Path wavFile) {
        return narrate(text, voice, wavFile, ProviderAccount.SERVER);
    }

    /**
     * Who spoke it: the provider's name ({@code offline} for the built-in voice) and the voice's id.
     * A user over the speech quota is spoken for by the next links, last the offline voice.
     */
    @Override
    public Spoken narrate(String text, Voice voice, Path wavFile, ProviderAccount account) {
        List<SpeechLink> links = directory.as(account).speechLinks();
        Optional<SpeechLink> own = links.stream().filter(link -> voice.voiceId().startsWith(link.provider() + ":"))
                .findFirst();
        if (own.isEmpty() && offline.voices().stream().anyMatch(v -> v.id().equals(voice.voiceId()))) {
            return spoken(offline.synthesize(text, voice, wavFile), OFFLINE, voice.voiceId(), false);
        }
        List<SpeechLink> order = new ArrayList<>();
        own.ifPresent(order::add);
        links.stream().filter(link -> own.map(o -> o != link).orElse(true)).forEach(order::add);

        ChainFailures failures = new ChainFailures();
        boolean fallback = false;
        for (SpeechLink link : order) {
            String provider = link.provider();
            Optional<Voice> spoken = link == own.orElse(null) ? Optional.of(voice)
                    : sameLanguage(link.synthesizer(), voice);
            if (spoken.isEmpty()) {
                continue;
            }
            String key = ResultKeys.of("speech", link.fingerprint(), spoken.get().voiceId(),
                    Double.toString(spoken.get().speed()), Double.toString(spoken.get().pitch()), text);
            Optional<SpeechClip> kept = cache.restore(Capability.SPEECH, key, wavFile)
                    .map(note -> KeptSpeech.clip(wavFile, note));
            if (kept.isPresent()) {
                observer.served(Capability.SPEECH, provider, fallback);
                return spoken(kept.get(), provider, spoken.get().voiceId(), fallback);
            }
            if (!directory.enabled(provider)) {
                failures.switchedOff(provider);
                fallback = true;
                continue;
            }
            try {
                meter.admit(account, Capability.SPEECH);
                // A provider would read a written pause aloud; it gets the words only.
                SpeechClip clip = link.synthesizer().synthesize(SpeechPauses.strip(text), spoken.get(), wavFile);
                checkAudio(provider, clip.wav());
                meter.record(account, Capability.SPEECH, text.length());
                cache.keep(Capability.SPEECH, key, clip.wav(), KeptSpeech.note(clip));
                observer.served(Capability.SPEECH, provider, fallback);
                return spoken(clip, provider, spoken.get().voiceId(), fallback);
            } catch (ProviderUnavailableException e) {
                failures.unavailable(e);
            } catch (UnusableAnswerException e) {
                failures.unusable(e);
            } catch (QuotaExceededException e) {
                failures.refused(e.getMessage());
            }
            deleteQuietly(wavFile);
            fallback = true;
        }
        if (!directory.offlineFallback(Capability.SPEECH)) {
            observer.exhausted(Capability.SPEECH);
            throw new ProviderUnavailableException(null, "no speech provider could speak: " + failures.summary(),
                    failures.retryAfter(), null);
        }
        Voice offlineVoice = new Voice(Voice.DEFAULT_ID, Voice.defaults().language(), voice.speed(), voice.pitch());
        SpeechClip clip = offline.synthesize(text, offlineVoice, wavFile);
        observer.served(Capability.SPEECH, OFFLINE, fallback);
        return spoken(clip, OFFLINE, offlineVoice.voiceId(), fallback);
    }

    private static Spoken spoken(SpeechClip clip, String provider, String voiceId, boolean fallback) {
        return new Spoken(clip, new VoiceMaker(provider, voiceId, fallback));
    }

    private void checkAudio(String provider, Path wav) {
        try {
            if (!inspector.inspect(wav).kind().isAudio()) {
                throw new UnusableAnswerException(provider, "provider '" + provider + "' (speech) sent something "
                        + "that is not audio");
            }
        } catch (MediaInspector.RejectedMediaException e) {
            throw new UnusableAnswerException(provider, "provider '" + provider + "' (speech) sent audio that "
                    + "cannot be used: " + e.getMessage());
        }
    }

    /** The first voice of the link in the requested voice's language (by its primary subtag). */
    private static Optional<Voice> sameLanguage(SpeechSynthesizer link, Voice wanted) {
        String language = primary(wanted.language());
        return link.voices().stream().filter(v -> primary(v.language()).equals(language)).findFirst()
                .map(v -> new Voice(v.id(), v.language(), wanted.speed(), wanted.pitch()));
    }

    private static String primary(String language) {
        int dash = language.indexOf('-');
        return (dash < 0 ? language : language.substring(0, dash)).toLowerCase(java.util.Locale.ROOT);
    }

    static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // a leftover the workspace cleanup removes
        }
    }
}
