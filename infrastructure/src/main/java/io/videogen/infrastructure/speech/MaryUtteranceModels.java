package io.videogen.infrastructure.speech;

import java.lang.reflect.Field;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import marytts.htsengine.HTSUttModel;
import marytts.modules.acoustic.HMMModel;
import marytts.modules.acoustic.Model;
import marytts.modules.synthesis.Voice;
import org.w3c.dom.Element;

/**
 * Makes MaryTTS's HMM models safe for narrations said at once ({@link MaryEngine#speaksConcurrently}).
 *
 * <p>An {@link HMMModel} that predicts both durations and F0 keeps the utterance model its duration pass made
 * for the F0 pass that follows, in a {@link WeakHashMap} field ({@code uttModels}) that every request shares
 * and none locks. Two requests at once put, look up and expunge in that one map; a look-up can then miss, the
 * F0 pass gets no utterance model, and the request fails with MaryTTS's "cannot process" (three failed renders
 * in ~530 rounds of {@code bench/WarmIncremental.java}, ADR 0055). The map is replaced, once MaryTTS has loaded
 * its voices and before any request, by the same weak map behind a lock: each request's entry is keyed by its own
 * list of elements, so the lock is all that was missing.
 */
final class MaryUtteranceModels {

    private static final String FIELD = "uttModels";

    private MaryUtteranceModels() {
    }

    /**
     * Puts every HMM model of {@code voice} behind a lock; false when one cannot be (a MaryTTS whose
     * {@code HMMModel} has no such field): then requests must not run at once.
     */
    static boolean guard(Voice voice) {
        Map<String, Model> models = voice.getAcousticModels();
        if (models == null) {
            return true;
        }
        try {
            Field field = HMMModel.class.getDeclaredField(FIELD);
            field.setAccessible(true);
            for (Model model : models.values()) {
                if (model instanceof HMMModel hmm) {
                    field.set(hmm, Collections.synchronizedMap(new WeakHashMap<List<Element>, HTSUttModel>()));
                }
            }
            return true;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return false;
        }
    }
}
