package io.videogen.infrastructure.speech;

import io.videogen.application.port.out.RenderStepException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.concurrent.Future;
import javax.sound.sampled.AudioInputStream;
import marytts.LocalMaryInterface;
import marytts.config.MaryConfig;
import marytts.exceptions.MaryConfigurationException;
import marytts.exceptions.SynthesisException;
import marytts.modules.ModuleRegistry;
import marytts.modules.synthesis.Voice;
import opennlp.tools.postag.POSTaggerME;
import org.w3c.dom.Document;

/**
 * MaryTTS 5.2 in-process with its HMM voice "cmu-slt-hsmm" (a US English woman; the voice data is
 * inside its jar, so a machine with only a JDK has it). The text goes through MaryTTS's front end
 * to acoustic parameters, which are stretched for speed and raised or lowered for pitch, and then to
 * audio; the same document then holds the durations the synthesiser realised, which become the word
 * and phoneme timings (exact: they sum to the audio's length).
 */
final class MaryEngine implements SpeechEngine {

    static final OfflineVoice SLT = new OfflineVoice("en-US-slt", "SLT (MaryTTS)", "en-US", "female", "cmu-slt-hsmm");
    private static final String MODULES = "modules.classes.list";
    /** JTok's English tokeniser, which the English configuration lists and never starts here. */
    static final String ENGLISH_TOKENISER = "marytts.language.en.JTokeniser";
    /** Modules of MaryTTS's base list never started here: JTok's tokeniser, and readers of markup we never send. */
    static final List<String> UNUSED_MODULES = List.of("marytts.modules.JTokeniser",
            "marytts.modules.EmotionmlParser", "marytts.modules.SableParser", "marytts.modules.SSMLParser",
            "marytts.modules.APMLParser");
    /** MaryTTS's synthesis step in its base list, replaced by {@link MaryVocoding}. */
    static final String HTS_ENGINE = "marytts.modules.HTSEngine";
    /**
     * MaryTTS's self test at start (its "auto" means on, outside its command line): it vocodes an example
     * utterance, a third of what the start has left once the tagger reads beside it, and proves nothing
     * the first narration does not.
     */
    static final String SELF_TEST = "modules.poweronselftest";
    /** The British English phonemiser of the English list (its lexicon and rules): the voice is American. */
    static final String BRITISH_PHONEMISER = "marytts.modules.JPhonemiser(en_GB.)";

    /** One MaryTTS per process; each narration gets an interface of its own (it keeps per-call settings). */
    private static boolean running;
    /**
     * Whether the voice's HMM models were made safe for narrations said at once ({@link MaryUtteranceModels});
     * written at the start, under the class's lock, which {@link #speak} takes first.
     */
    private static boolean modelsGuarded;
    /** Held around each narration when {@link #modelsGuarded} is false: then one at a time. */
    private static final Object ONE_AT_A_TIME = new Object();

    @Override
    public List<OfflineVoice> voices() {
        return List.of(SLT);
    }

    @Override
    public void warmUp() {
        started();
    }

    /**
     * MaryTTS is a server that answers requests on several threads; its modules share only what they
     * read (models, lexicon, voice), the tagger, which it locks, and the HMM models' utterance models, which
     * {@link MaryUtteranceModels} puts behind a lock (or, should it fail, {@link #speak} says one narration
     * at a time). Each call has its own request, document and vocoder (whose noise generator is seeded per call).
     */
    @Override
    public boolean speaksConcurrently() {
        return true;
    }

    @Override
    public Narration speak(String text, OfflineVoice voice, double speed, double pitch) {
        started();
        try {
            LocalMaryInterface engine = new LocalMaryInterface();
            engine.setVoice(SLT.engineName());
            if (modelsGuarded) {
                return say(engine, text, speed, pitch);
            }
            synchronized (ONE_AT_A_TIME) {
                return say(engine, text, speed, pitch);
            }
        } catch (MaryConfigurationException e) {
            throw new RenderStepException("MaryTTS is not running: " + e.getMessage(), false, e);
        }
    }

    private static Narration say(LocalMaryInterface engine, String text, double speed, double pitch) {
        try {
            engine.setInputType("TEXT");
            engine.setOutputType("ACOUSTPARAMS");
            Document document = engine.generateXML(text);
            MaryProsody.adjust(document, speed, pitch);
            engine.setInputType("ACOUSTPARAMS");
            engine.setOutputType("AUDIO");
            AudioInputStream audio = engine.generateAudio(document);
            byte[] pcm = readAll(audio);
            MaryProsody.Timings timings = MaryProsody.timings(document);
            return new Narration(pcm, audio.getFormat(), timings.words(), timings.phonemes());
        } catch (SynthesisException | IOException e) {
            // MaryTTS says "cannot process" for any failure inside a request: the root cause says which
            throw new RenderStepException("MaryTTS could not speak '" + abbreviated(text) + "': " + e.getMessage()
                    + " (" + rootCause(e) + ")", false, e);
        }
    }

    /**
     * Starts MaryTTS once per process (about three seconds on a quiet machine, most of it reading the
     * part-of-speech model, the voice and the lexicon). Its English module list names JTok's tokeniser;
     * ours takes its place (registered directly), and the generic tokeniser and the EmotionML reader
     * (which need libraries left out) are not started; nor are the SABLE, SSML and APML readers, as the
     * text comes in as plain text, nor the British English phonemiser, nor the self test. The
     * part-of-speech model is read on its own thread beside the rest, from the moment MaryTTS is asked to
     * start ({@link MaryPartsOfSpeech}), and the
     * vocoder runs without MaryTTS's sample queue ({@link MaryVocoding}); both keep the audio the same
     * to the byte.
     */
    private static void started() {
        synchronized (MaryEngine.class) {
            if (!running) {
                startedOnce();
                running = true;
            }
        }
    }

    /**
     * MaryTTS is one server per process. It creates the modules of its lists by name with its own class
     * loader, which in a Quarkus application cannot see ours: our modules are registered as instances
     * before MaryTTS starts them all.
     */
    private static void startedOnce() {
        try {
            Future<POSTaggerME> taggerModel = MaryPartsOfSpeech.readShippedModel();
            Properties english = MaryConfig.getLanguageConfig(Locale.US).getProperties();
            english.setProperty(MODULES, english.getProperty(MODULES).replace(ENGLISH_TOKENISER, "")
                    .replace(BRITISH_PHONEMISER, "").replace(MaryPartsOfSpeech.LISTED, ""));
            Properties base = MaryConfig.getMainConfig().getProperties();
            String modules = base.getProperty(MODULES);
            for (String unused : UNUSED_MODULES) {
                modules = modules.replace(unused, "");
            }
            base.setProperty(MODULES, modules.replace(HTS_ENGINE, ""));
            base.setProperty(SELF_TEST, "false");
            MaryPartsOfSpeech tagger = new MaryPartsOfSpeech(taggerModel);
            ModuleRegistry.registerModule(tagger, tagger.getLocale(), null);
            ModuleRegistry.registerModule(new MaryTokeniser(), Locale.ENGLISH, null);
            ModuleRegistry.registerModule(new MaryVocoding(), null, null);
            MaryExitHook.install();
            new LocalMaryInterface().setVoice(SLT.engineName());
            modelsGuarded = MaryUtteranceModels.guard(Voice.getVoice(SLT.engineName()));
        } catch (Exception e) {
            throw new RenderStepException("MaryTTS did not start: " + e.getMessage() + " (" + rootCause(e) + ")",
                    false, e);
        }
    }

    private static Throwable rootCause(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root;
    }

    /** MaryTTS's stream can report its end early to {@code readAllBytes}; read until it is really done. */
    private static byte[] readAll(AudioInputStream audio) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 20);
        byte[] buffer = new byte[1 << 16];
        for (int read = audio.read(buffer); read != -1; read = audio.read(buffer)) {
            out.write(buffer, 0, read);
        }
        return out.toByteArray();
    }

    private static String abbreviated(String text) {
        return text.length() <= 60 ? text : text.substring(0, 57) + "...";
    }
}
