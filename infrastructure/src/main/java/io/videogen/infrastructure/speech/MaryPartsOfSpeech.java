package io.videogen.infrastructure.speech;

import java.io.InputStream;
import java.lang.reflect.Field;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import marytts.datatypes.MaryData;
import marytts.modules.OpenNLPPosTagger;
import marytts.server.MaryProperties;
import opennlp.tools.postag.POSTaggerME;

/**
 * MaryTTS's English part-of-speech tagger, whose model (OpenNLP's maximum-entropy tagger, about half
 * of MaryTTS's start) is read on a thread of its own while MaryTTS starts the rest. MaryTTS's start
 * and the first sentence tagged wait for it; the tagger itself is MaryTTS's, unchanged. The model is
 * read by {@link TaggerModel} (its entries inflated once, not eight bytes at a time) and set where
 * MaryTTS's own start would set it, its private field; with a tag map configured ({@code en.pos.posMap},
 * which the English configuration leaves out) MaryTTS's own start reads both.
 * {@link MaryEngine} registers it in place of the one its English module list names.
 */
public class MaryPartsOfSpeech extends OpenNLPPosTagger {

    /** The module as the English configuration lists it: locale "en", properties "en.pos.*". */
    static final String LISTED = "marytts.modules.OpenNLPPosTagger(en,en.pos)";

    private static final String PROPERTIES = "en.pos.";

    private static final Field TAGGER = taggerField();

    private final FutureTask<Void> loading = new FutureTask<>(() -> {
        load();
        return null;
    });

    public MaryPartsOfSpeech() throws Exception {
        super("en", "en.pos");
    }

    /** Starts reading the model on a daemon thread; {@link #startup} then only waits for it. */
    void loadInBackground() {
        Thread thread = new Thread(loading, "videogen-mary-tagger");
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public void startup() throws Exception {
        loaded();
    }

    @Override
    public MaryData process(MaryData words) throws Exception {
        loaded();
        return super.process(words);
    }

    private void load() throws Exception {
        if (MaryProperties.getProperty(PROPERTIES + "posMap") != null) {
            super.startup();
            return;
        }
        try (InputStream model = MaryProperties.needStream(PROPERTIES + "model")) {
            TAGGER.set(this, new POSTaggerME(TaggerModel.read(model)));
        }
        state = MODULE_RUNNING;
    }

    private static Field taggerField() {
        try {
            Field tagger = OpenNLPPosTagger.class.getDeclaredField("tagger");
            tagger.setAccessible(true);
            return tagger;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("MaryTTS's OpenNLPPosTagger has no field 'tagger' (MaryTTS upgraded?)", e);
        }
    }

    /** Reads the model here if no thread has started to (a no-op once started), then waits for it. */
    private void loaded() throws Exception {
        loading.run();
        try {
            loading.get();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        }
    }
}
