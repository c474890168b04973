package io.videogen.application.provider;

import io.videogen.application.port.out.MediaInspector;
import io.videogen.application.port.out.ProviderAccount;
import io.videogen.application.port.out.ProviderDirectory;
import io.videogen.application.port.out.ProviderDirectory.SpeechLink;
import io.videogen.application.port.out.ProviderObserver;
import io.videogen.application.port.out.ProviderResultCache;
import io.videogen.application.port.out.SpeechClip;
import io.videogen.application.port.out.SpeechSynthesizer;
import io.videogen.application.port.out.VoiceDescription;
import io.videogen.domain.media.Voice;
import io.videogen.domain.provider.Capability;
import io.videogen.domain.video.SceneProvenance;
import io.videogen.domain.video.SceneProvenance.VoiceMaker;
import io.videogen.domain.speech.SpeechPauses;
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
    private final ChainWalk walk;

    public SpeechChain(ProviderDirectory directory, SpeechSynthesizer offline, MediaInspector inspector,
                       ProviderObserver observer, ProviderResultCache cache, UsageMeter meter) {
        this.directory = directory;
        this.offline = offline;
        this.inspector = inspector;
        this.walk = new ChainWalk(directory, observer, cache, meter);
    }

    @Override
    public List<VoiceDescription> voices() {
        List<VoiceDescription> voices = new ArrayList<>(offline.voices());
        directory.speechLinks().stream().filter(link -> directory.enabled(link.provider()))
                .forEach(link -> voices.addAll(link.synthesizer().voices()));
        return voices;
    }

    /** The offline voices' own answer; a provider's voice (its id names the provider) one at a time. */
    @Override
    public int clipsAtOnce(Voice voice) {
        return voice.voiceId().contains(":") ? 1 : offline.clipsAtOnce(voice);
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

        return walk.walk(Capability.SPEECH, account, order,
                link -> (link == own.orElse(null) ? Optional.of(voice) : sameLanguage(link.synthesizer(), voice))
                        .map(spoken -> said(link, spoken, text, wavFile)),
                "no speech provider could speak", fallback -> spokenOffline(text, voice, wavFile, fallback));
    }

    /** The end of the chain: the offline default voice, at the requested voice's speed and pitch. */
    private Spoken spokenOffline(String text, Voice voice, Path wavFile, boolean fallback) {
        Voice offlineVoice = new Voice(Voice.DEFAULT_ID, Voice.defaults().language(), voice.speed(), voice.pitch());
        return spoken(offline.synthesize(text, offlineVoice, wavFile), OFFLINE, offlineVoice.voiceId(), fallback);
    }

    /** A link's turn: the narration it speaks (or that was kept, with its timings) in {@code wavFile}. */
    private ChainWalk.Attempt<SpeechClip, Spoken> said(SpeechLink link, Voice spoken, String text, Path wavFile) {
        String key = ResultKeys.of("speech", link.fingerprint(), spoken.voiceId(),
                Double.toString(spoken.speed()), Double.toString(spoken.pitch()), text);
        return new ChainWalk.Attempt<>(new ChainWalk.Place(link.provider(), key, wavFile)) {
            @Override
            SpeechClip restored(String note) {
                return KeptSpeech.clip(wavFile, note);
            }

            @Override
            SpeechClip make() {
                // A provider would read a written pause aloud; it gets the words only.
                SpeechClip clip = link.synthesizer().synthesize(SpeechPauses.strip(text), spoken, wavFile);
                ProviderAnswer.SPEECH.check(inspector, link.provider(), clip.wav());
                return clip;
            }

            @Override
            Path kept(SpeechClip clip) {
                return clip.wav();
            }

            @Override
            String note(SpeechClip clip) {
                return KeptSpeech.note(clip);
            }

            @Override
            long units() {
                return text.length();
            }

            @Override
            Spoken serve(SpeechClip clip, boolean fallback) {
                return spoken(clip, link.provider(), spoken.voiceId(), fallback);
            }
        };
    }

    private static Spoken spoken(SpeechClip clip, String provider, String voiceId, boolean fallback) {
        return new Spoken(clip, new VoiceMaker(provider, voiceId, fallback));
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
}
