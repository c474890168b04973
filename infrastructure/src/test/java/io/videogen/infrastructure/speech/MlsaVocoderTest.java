package io.videogen.infrastructure.speech;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import marytts.htsengine.HMMData;
import marytts.htsengine.HMMVoice;
import marytts.htsengine.HTSPStream;
import marytts.htsengine.HTSVocoder;
import marytts.modules.synthesis.Voice;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Our vocoder against MaryTTS's on the same parameters: the same doubles, bit for bit (the narration's
 * bytes are compared end to end in {@code MaryEngineTest}). The parameters move (pitch, spectrum, band
 * strengths) and switch between voiced and unvoiced frames, which start and stop the pulse train and
 * the noise.
 */
class MlsaVocoderTest {

    private static final int FRAMES = 420;
    private static HMMData slt;

    @BeforeAll
    static void startMary() {
        new MaryEngine().warmUp();
        slt = ((HMMVoice) Voice.getVoice(MaryEngine.SLT.engineName())).getHMMData();
    }

    @Test
    void theVoiceWithMixedExcitationVocodesToTheSameSamplesAsMaryTts() throws Exception {
        assertThat(MlsaVocoder.handles(slt)).isTrue();
        assertThat(slt.getUseMixExc()).isTrue();
        assertThat(slt.getBeta()).as("the postfilter runs").isPositive();

        assertSameAsMaryTts(slt, 25, slt.getNumFilters());
    }

    @Test
    void aVoiceWithoutMixedExcitationVocodesToTheSameSamplesAsMaryTts() throws Exception {
        HMMData plain = new HMMData();
        plain.setRate(16000);
        plain.setFperiod(80);
        plain.setBeta(0.4);
        plain.setUseMixExc(false);
        assertThat(MlsaVocoder.handles(plain)).isTrue();

        assertSameAsMaryTts(plain, 25, 5);
    }

    @Test
    void aVoiceOfLineSpectralPairsIsLeftToMaryTts() {
        HMMData lsp = new HMMData();
        lsp.setStage(1);

        assertThat(MlsaVocoder.handles(lsp)).isFalse();
    }

    private static void assertSameAsMaryTts(HMMData voice, int order, int bands) throws Exception {
        boolean[] voiced = new boolean[FRAMES];
        int voicedFrames = 0;
        for (int t = 0; t < FRAMES; t++) {
            voiced[t] = (t >= 40 && t < 190) || (t >= 230 && t < 400);
            voicedFrames += voiced[t] ? 1 : 0;
        }
        HTSPStream mcep = new HTSPStream(3 * order, FRAMES, HMMData.FeatureType.MGC, 0);
        HTSPStream lf0 = new HTSPStream(3, voicedFrames, HMMData.FeatureType.LF0, 0);
        HTSPStream str = new HTSPStream(3 * bands, FRAMES, HMMData.FeatureType.STR, 0);
        for (int t = 0, v = 0; t < FRAMES; t++) {
            mcep.setPar(t, 0, 4.0 + 0.8 * Math.sin(t / 17.0));
            for (int i = 1; i < order; i++) {
                mcep.setPar(t, i, 0.6 * Math.sin(t / (9.0 + i) + i) / i);
            }
            for (int i = 0; i < bands; i++) {
                str.setPar(t, i, 0.5 + 0.45 * Math.sin(t / 11.0 + i));
            }
            if (voiced[t]) {
                lf0.setPar(v++, 0, Math.log(170 + 50 * Math.sin(t / 23.0)));
            }
        }

        double[] ours = MlsaVocoder.vocode(lf0, mcep, str, null, voiced, voice);
        double[] marys = new HTSVocoder().htsMLSAVocoder(lf0, mcep, str, null, voiced, voice, null);

        assertThat(ours).hasSize(FRAMES * voice.getFperiod());
        assertThat(Arrays.stream(ours).map(Math::abs).max().orElse(0)).as("loudest sample").isBetween(1.0, 1e6);
        assertThat(Arrays.mismatch(ours, marys)).as("first sample that differs").isEqualTo(-1);
    }
}
