package io.videogen.infrastructure.speech;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * For the native image only (the `native` Maven profile, docs/adr/0025): MaryTTS builds its
 * processing modules, feature processors and effects from class names written in its configuration
 * files (marytts/config/marybase.config, marytts/language/en/en.config,
 * marytts/voice/CmuSltHsmm/voice.config), and finds those configurations through ServiceLoader
 * (META-INF/services/marytts.config.MaryConfig), which Quarkus's native build does not register by
 * itself: a closed-world build must be told to keep both kinds for reflection. The list is every class
 * those files name that is on the class path, less the modules MaryEngine takes off the lists (their
 * libraries are left out, and a class kept for reflection must link: the build links at build time);
 * SpeechNativeHintsTest reads the files and fails when the two differ. FreeTTS's voice is built directly (KevinVoice) and
 * needs only its data files (quarkus.native.resources.includes).
 */
@RegisterForReflection(classNames = {
            "marytts.config.MainConfig",
            "marytts.features.FeatureProcessorManager",
            "marytts.language.en.EnglishConfig",
            "marytts.language.en.Preprocess",
            "marytts.language.en.PronunciationModel",
            "marytts.language.en.Prosody",
            "marytts.modules.AcousticModeller",
            "marytts.modules.DummyTokens2Words",
            "marytts.modules.HTSEngine",
            "marytts.modules.HalfPhoneTargetFeatureLister",
            "marytts.modules.JPhonemiser",
            "marytts.modules.MaryModule",
            "marytts.modules.OpenNLPPosTagger",
            "marytts.modules.PraatTextGridGenerator",
            "marytts.modules.PronunciationModel",
            "marytts.modules.ProsodyGeneric",
            "marytts.modules.RealisedAcoustparamsExtractor",
            "marytts.modules.RealisedDurationsExtractor",
            "marytts.modules.SimplePhoneme2AP",
            "marytts.modules.Synthesis",
            "marytts.modules.TargetFeatureLister",
            "marytts.modules.TextToMaryXML",
            "marytts.modules.synthesis.HMMSynthesizer",
            "marytts.modules.synthesis.WaveformSynthesizer",
            "marytts.signalproc.effects.AudioEffect",
            "marytts.signalproc.effects.ChorusEffectBase",
            "marytts.signalproc.effects.FilterEffectBase",
            "marytts.signalproc.effects.HMMDurationScaleEffect",
            "marytts.signalproc.effects.HMMF0AddEffect",
            "marytts.signalproc.effects.HMMF0ScaleEffect",
            "marytts.signalproc.effects.JetPilotEffect",
            "marytts.signalproc.effects.LpcWhisperiserEffect",
            "marytts.signalproc.effects.RobotiserEffect",
            "marytts.signalproc.effects.StadiumEffect",
            "marytts.signalproc.effects.VocalTractLinearScalerEffect",
            "marytts.signalproc.effects.VolumeEffect",
            "marytts.unitselection.UnitSelectionSynthesizer",
            "marytts.voice.CmuSltHsmm.Config"
})
final class SpeechNativeHints {

    private SpeechNativeHints() {
    }
}
