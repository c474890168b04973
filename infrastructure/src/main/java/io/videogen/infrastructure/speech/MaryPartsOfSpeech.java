package io.videogen.infrastructure.speech;

import java.io.InputStream;
import java.lang.reflect.Field;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import marytts.datatypes.MaryData;
import marytts.modules.OpenNLPPosTagger;
import marytts.server.MaryProperties;
import opennlp.tools.postag.POSTaggerME;

/**
 * MaryTTS's English part-of-speech tagger, whose model (OpenNLP's maximum-entropy tagger, about half
 * of MaryTTS's start) is read on a thread of its own while MaryTTS starts the rest; the tagger itself
 * is MaryTTS's, unchanged.
 * {@link MaryEngine} registers it in place of the one its English module list names.
 *
 * <p>The model MaryTTS ships ({@link #SHIPPED}, where its English configuration's {@code en.pos.model}
 * points) is read from the class path by {@link TaggerModel} (its entries inflated once, not eight
 * bytes at a time) as soon as MaryTTS is asked to start, before MaryTTS has read its configuration
 * and set up its logging; MaryTTS's start goes on without it, and the first sentence tagged waits for
 * it and sets it where MaryTTS's own start would have, its private field. With another model
 * configured, or a tag map ({@code en.pos.posMap}, which the English configuration leaves out),
 * MaryTTS's own start reads what is configured.
 */
public class MaryPartsOfSpeech extends OpenNLPPosTagger {

    /** The module as the English configuration lists it: locale "en", properties "en.pos.*". */
    static final String LISTED = "marytts.modules.OpenNLPPosTagger(en,en.pos)";

    /** The model of MaryTTS's English configuration ({@code en.pos.model}). */
    static final String SHIPPED = "jar:/marytts/language/en/tagger/en-pos-maxent.bin";

    private static final String PROPERTIES = "en.pos.";

    private final Future<POSTaggerME> shipped;

    /** Whether the tagger read ahead is set where MaryTTS's start would have set it (by the first sentence). */
    private volatile boolean shippedSet;

    private volatile boolean usesShipped;

    /** @param shipped the tagger of the {@link #SHIPPED} model, being read ({@link #readShippedModel}) */
    MaryPartsOfSpeech(Future<POSTaggerME> shipped) throws Exception {
        super("en", "en.pos");
        this.shipped = shipped;
    }

    /** Starts reading the shipped model on a daemon thread of its own; needs nothing of MaryTTS's. */
    static Future<POSTaggerME> readShippedModel() {
        FutureTask<POSTaggerME> reading = new FutureTask<>(() -> {
            String resource = SHIPPED.substring("jar:".length());
            try (InputStream model = MaryPartsOfSpeech.class.getResourceAsStream(resource)) {
                if (model == null) {
                    throw new IllegalStateException("MaryTTS's part-of-speech model " + resource + " is not on the class path");
                }
                return new POSTaggerME(TaggerModel.read(model));
            }
        });
        Thread thread = new Thread(reading, "videogen-mary-tagger");
        thread.setDaemon(true);
        thread.start();
        return reading;
    }

    /**
     * Does not wait for the shipped model: MaryTTS starts its modules one after the other, and the voice
     * it loads next is read meanwhile; the first sentence tagged waits for the model instead.
     */
    @Override
    public void startup() throws Exception {
        if (!SHIPPED.equals(MaryProperties.getProperty(PROPERTIES + "model"))
                || MaryProperties.getProperty(PROPERTIES + "posMap") != null) {
            super.startup();
            return;
        }
        usesShipped = true;
        state = MODULE_RUNNING;
    }

    @Override
    public MaryData process(MaryData words) throws Exception {
        if (usesShipped && !shippedSet) {
            setShipped();
        }
        return super.process(words);
    }

    /**
     * Waits for the model and sets it, once. A wait interrupted (a render cancelled in the render daemon)
     * fails only that sentence: the next one waits again. A failure of the model's reading is the
     * reading's, and fails every sentence.
     */
    private synchronized void setShipped() throws Exception {
        if (shippedSet) {
            return;
        }
        try {
            taggerField().set(this, shipped.get());
            shippedSet = true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw e;
        } catch (ExecutionException e) {
            throw e.getCause() instanceof Exception exception ? exception : e;
        }
    }

    private static Field taggerField() throws NoSuchFieldException {
        Field tagger = OpenNLPPosTagger.class.getDeclaredField("tagger");
        tagger.setAccessible(true);
        return tagger;
    }
}
