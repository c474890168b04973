package io.videogen.infrastructure.ai.openai;

import io.videogen.domain.script.TopicBrief;

/** What a language model is told when it writes a script. */
final class Prompts {

    private Prompts() {
    }

    static String system() {
        return "You write scripts for short narrated videos. Each scene has the words a narrator speaks "
                + "(plain spoken sentences: no stage directions, no Markdown, no emoji), an optional short title "
                + "card, and a prompt for an image generator that describes the scene's picture concretely "
                + "(subject, setting, light, style) without any text in the picture. Answer with JSON only.";
    }

    static String user(TopicBrief brief) {
        StringBuilder prompt = new StringBuilder()
                .append("Write a video script about: ").append(brief.topic()).append('\n')
                .append("Language of the narration and titles: ").append(brief.languageName())
                .append(" (").append(brief.language()).append(")\n")
                .append("Length: about ").append(brief.durationSeconds()).append(" seconds of narration, about ")
                .append(brief.wordsWanted()).append(" words in all\n")
                .append(brief.sceneCount() == 0 ? "Scenes: about " : "Scenes: exactly ")
                .append(brief.scenesWanted()).append('\n');
        if (brief.tone() != null) {
            prompt.append("Tone: ").append(brief.tone()).append('\n');
        }
        if (brief.audience() != null) {
            prompt.append("Audience: ").append(brief.audience()).append('\n');
        }
        return prompt.append("Image prompts are always in English.").toString();
    }
}
