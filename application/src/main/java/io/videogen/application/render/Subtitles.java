package io.videogen.application.render;

import io.videogen.application.port.out.VideoComposer.TimedCaption;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * Writes caption tracks with times from the start of the video: SubRip, WebVTT with each word's
 * start as an inline timestamp, and {@code captions.json}, every word with its start, end and scene.
 */
final class Subtitles {

    private Subtitles() {
    }

    /** A caption on the video's timeline, and its words (times on the video's timeline too). */
    record Cue(TimedCaption caption, List<CaptionWord> words) {
    }

    /** A word on the video's timeline, and the scene (from 0) that says it. */
    record SceneWord(CaptionWord word, int scene) {
    }

    static String srt(List<Cue> cues) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < cues.size(); i++) {
            TimedCaption caption = cues.get(i).caption();
            out.append(i + 1).append('\n')
                    .append(time(caption.start(), ',')).append(" --> ").append(time(caption.end(), ',')).append('\n')
                    .append(String.join("\n", caption.lines())).append("\n\n");
        }
        return out.toString();
    }

    static String vtt(List<Cue> cues) {
        StringBuilder out = new StringBuilder("WEBVTT\n\n");
        for (Cue cue : cues) {
            TimedCaption caption = cue.caption();
            out.append(time(caption.start(), '.')).append(" --> ").append(time(caption.end(), '.')).append('\n')
                    .append(timedText(cue)).append("\n\n");
        }
        return out.toString();
    }

    /**
     * The cue's lines with {@code <hh:mm:ss.ttt>} before each word after the first: when it is said.
     * A timestamp must lie after the cue's start, after the one before it, and before the cue's end.
     */
    private static String timedText(Cue cue) {
        TimedCaption caption = cue.caption();
        StringBuilder text = new StringBuilder();
        long last = caption.start().toMillis();
        int word = 0;
        for (int l = 0; l < caption.lines().size(); l++) {
            if (l > 0) {
                text.append('\n');
            }
            List<String> shown = SpokenWords.shown(List.of(caption.lines().get(l)));
            for (int w = 0; w < shown.size(); w++, word++) {
                if (w > 0) {
                    text.append(' ');
                }
                if (word > 0 && word < cue.words().size()) {
                    long at = cue.words().get(word).start().toMillis();
                    if (at > last && at < caption.end().toMillis()) {
                        text.append('<').append(time(Duration.ofMillis(at), '.')).append('>');
                        last = at;
                    }
                }
                // A cue line must not contain "-->"; the arrow would end the timing line early.
                text.append(escapeVtt(shown.get(w).replace("-->", "\u2192")));
            }
        }
        return text.toString();
    }

    /** The words of {@code captions.json}: {@code {language, words: [{text, startMs, endMs, scene}]}}. */
    static String json(String language, List<SceneWord> words) {
        StringBuilder out = new StringBuilder("{\"language\":").append(jsonString(language)).append(",\"words\":[");
        for (int i = 0; i < words.size(); i++) {
            CaptionWord word = words.get(i).word();
            out.append(i == 0 ? "\n" : ",\n").append("{\"text\":").append(jsonString(word.text()))
                    .append(",\"startMs\":").append(word.start().toMillis())
                    .append(",\"endMs\":").append(word.end().toMillis())
                    .append(",\"scene\":").append(words.get(i).scene()).append('}');
        }
        return out.append("\n]}\n").toString();
    }

    /** Cue text is markup: a bare {@code <} or {@code &} would start a tag or an entity. */
    private static String escapeVtt(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static String jsonString(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20 || c == '\u2028' || c == '\u2029') {
                out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.append('"').toString();
    }

    private static String time(Duration at, char separator) {
        long millis = at.toMillis();
        return String.format(Locale.ROOT, "%02d:%02d:%02d%c%03d", millis / 3_600_000, millis / 60_000 % 60,
                millis / 1000 % 60, separator, millis % 1000);
    }
}
