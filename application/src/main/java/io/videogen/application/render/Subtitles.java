package io.videogen.application.render;

import io.videogen.application.port.out.VideoComposer.TimedCaption;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/** Writes caption tracks as SubRip and WebVTT, with times from the start of the video. */
final class Subtitles {

    private Subtitles() {
    }

    static String srt(List<TimedCaption> captions) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < captions.size(); i++) {
            TimedCaption caption = captions.get(i);
            out.append(i + 1).append('\n')
                    .append(time(caption.start(), ',')).append(" --> ").append(time(caption.end(), ',')).append('\n')
                    .append(String.join("\n", caption.lines())).append("\n\n");
        }
        return out.toString();
    }

    static String vtt(List<TimedCaption> captions) {
        StringBuilder out = new StringBuilder("WEBVTT\n\n");
        for (TimedCaption caption : captions) {
            out.append(time(caption.start(), '.')).append(" --> ").append(time(caption.end(), '.')).append('\n')
                    // A cue line must not contain "-->"; the arrow would end the timing line early.
                    .append(String.join("\n", caption.lines()).replace("-->", "\u2192")).append("\n\n");
        }
        return out.toString();
    }

    private static String time(Duration at, char separator) {
        long millis = at.toMillis();
        return String.format(Locale.ROOT, "%02d:%02d:%02d%c%03d", millis / 3_600_000, millis / 60_000 % 60,
                millis / 1000 % 60, separator, millis % 1000);
    }
}
