package io.videogen.infrastructure.speech;

import java.util.List;
import javax.sound.sampled.AudioInputStream;
import marytts.datatypes.MaryData;
import marytts.htsengine.HMMData;
import marytts.htsengine.HMMVoice;
import marytts.htsengine.HTSParameterGeneration;
import marytts.htsengine.HTSUttModel;
import marytts.htsengine.HTSVocoder;
import marytts.modules.HTSEngine;
import marytts.signalproc.process.AmplitudeNormalizer;
import marytts.unitselection.select.Target;
import marytts.util.data.BufferedDoubleDataSource;
import marytts.util.data.audio.DDSAudioInputStream;
import org.w3c.dom.Element;

/**
 * MaryTTS's HMM synthesis step (acoustic parameters to audio) with the vocoder run on the calling
 * thread into one array. MaryTTS's own step starts a thread per utterance that hands the audio over
 * one boxed sample at a time through a blocking queue (48,000 hand-overs, each waking the reader, per
 * second of speech), which cost more than the vocoder's own arithmetic. The audio is the same to the
 * byte: the same parameters, the same vocoder, and the same running peak normalisation applied to
 * the same blocks (the reader's), because the blocks are asked of a buffer exactly as they were asked
 * of the queue. The vocoder is {@link MlsaVocoder}, MaryTTS's arithmetic written for the C1 compiler. {@link MaryEngine} registers it in place of MaryTTS's {@code HTSEngine}.
 */
public class MaryVocoding extends HTSEngine {

    /** The peak MaryTTS's streaming vocoder starts normalising from (its data producer's initial maximum). */
    static final double FIRST_PEAK = 17000.;

    /** MaryTTS's own streaming path instead, for the test that compares the two. */
    volatile boolean streamed;

    @Override
    public MaryData process(MaryData input, List<Target> targets, List<Element> segmentsAndBoundaries,
                            List<Element> tokensAndBoundaries) throws Exception {
        if (streamed) {
            return super.process(input, targets, segmentsAndBoundaries, tokensAndBoundaries);
        }
        HMMData voice = ((HMMVoice) input.getDefaultVoice()).getHMMData();
        HTSUttModel model = processTargetList(targets, segmentsAndBoundaries, voice);
        HTSParameterGeneration parameters = new HTSParameterGeneration();
        parameters.htsMaximumLikelihoodParameterGeneration(model, voice);
        double[] samples = MlsaVocoder.vocode(parameters.getlf0Pst(), parameters.getMcepPst(),
                parameters.getStrPst(), parameters.getMagPst(), parameters.getVoicedArray(), voice);
        AudioInputStream audio = new DDSAudioInputStream(new BufferedDoubleDataSource(
                new BufferedDoubleDataSource(samples), new AmplitudeNormalizer(FIRST_PEAK)),
                HTSVocoder.getHTSAudioFormat(voice));
        MaryData output = new MaryData(outputType(), input.getLocale());
        if (input.getAudioFileFormat() != null) {
            output.setAudioFileFormat(input.getAudioFileFormat());
            if (input.getAudio() != null) {
                output.setAudio(input.getAudio());   // the request's stream, which the audio is appended to
            }
        }
        output.appendAudio(audio);
        if (tokensAndBoundaries != null) {
            setRealisedProsody(tokensAndBoundaries, model);
        }
        return output;
    }
}
