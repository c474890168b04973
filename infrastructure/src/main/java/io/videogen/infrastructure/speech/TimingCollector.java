package io.videogen.infrastructure.speech;

import com.sun.speech.freetts.Item;
import com.sun.speech.freetts.Relation;
import com.sun.speech.freetts.Utterance;
import com.sun.speech.freetts.UtteranceProcessor;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads word and phoneme timings from each utterance. It runs as the last processor before audio
 * output, when the durations of all segments are final, so the times match the audio to a few
 * milliseconds and captions need no forced alignment.
 */
final class TimingCollector implements UtteranceProcessor {

    private static final String FIRST_SEGMENT = "R:SylStructure.daughter.daughter.R:Segment";
    private static final String LAST_SEGMENT = "R:SylStructure.daughtern.daughtern.R:Segment";
    private static final String TOKEN = "R:Token.parent";

    private final List<UtteranceTiming> utterances = new ArrayList<>();

    synchronized void clear() {
        utterances.clear();
    }

    synchronized List<UtteranceTiming> utterances() {
        return List.copyOf(utterances);
    }

    @Override
    public void processUtterance(Utterance utterance) {
        UtteranceTiming timing = new UtteranceTiming(words(utterance), phonemes(utterance));
        synchronized (this) {
            utterances.add(timing);
        }
    }

    /**
     * One unit per written token: FreeTTS expands "42" into the words "forty two", but captions
     * show what the user wrote, so the expanded words are merged back under their token.
     */
    private static List<UtteranceTiming.Unit> words(Utterance utterance) {
        List<UtteranceTiming.Unit> words = new ArrayList<>();
        Relation relation = utterance.getRelation(Relation.WORD);
        Item previousToken = null;
        for (Item word = relation == null ? null : relation.getHead(); word != null; word = word.getNext()) {
            Item first = word.findItem(FIRST_SEGMENT);
            Item last = word.findItem(LAST_SEGMENT);
            if (first == null || last == null) {
                continue;
            }
            double start = endOf(first.getPrevious());
            double end = last.getFeatures().getFloat("end");
            Item token = word.findItem(TOKEN);
            String name = token == null ? word.toString() : token.toString();
            if (token != null && previousToken != null && token.equalsShared(previousToken) && !words.isEmpty()) {
                UtteranceTiming.Unit merged = words.remove(words.size() - 1);
                words.add(new UtteranceTiming.Unit(merged.name(), merged.start(), end));
            } else {
                words.add(new UtteranceTiming.Unit(name, start, end));
            }
            previousToken = token;
        }
        return words;
    }

    private static List<UtteranceTiming.Unit> phonemes(Utterance utterance) {
        List<UtteranceTiming.Unit> phonemes = new ArrayList<>();
        Relation relation = utterance.getRelation(Relation.SEGMENT);
        for (Item segment = relation == null ? null : relation.getHead(); segment != null; segment = segment.getNext()) {
            double start = endOf(segment.getPrevious());
            double end = segment.getFeatures().getFloat("end");
            phonemes.add(new UtteranceTiming.Unit(segment.getFeatures().getString("name"), start, end));
        }
        return phonemes;
    }

    private static double endOf(Item segment) {
        return segment == null ? 0 : segment.getFeatures().getFloat("end");
    }
}
