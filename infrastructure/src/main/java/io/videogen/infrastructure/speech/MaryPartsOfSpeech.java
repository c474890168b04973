package io.videogen.infrastructure.speech;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import marytts.datatypes.MaryData;
import marytts.modules.OpenNLPPosTagger;

/**
 * MaryTTS's English part-of-speech tagger, whose model (OpenNLP's maximum-entropy tagger, about half
 * of MaryTTS's start) is read on a thread of its own while MaryTTS starts the rest. MaryTTS's start
 * and the first sentence tagged wait for it; the tagger itself is MaryTTS's, unchanged.
 * {@link MaryEngine} registers it in place of the one its English module list names.
 */
public class MaryPartsOfSpeech extends OpenNLPPosTagger {

    /** The module as the English configuration lists it: locale "en", properties "en.pos.*". */
    static final String LISTED = "marytts.modules.OpenNLPPosTagger(en,en.pos)";

    private final FutureTask<Void> loading = new FutureTask<>(() -> {
        super.startup();
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
