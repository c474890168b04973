package io.videogen.domain.speech;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Pauses written in a script, {@code [pause 500ms]} or {@code [pause 2s]} (up to 10 seconds): the
 * voice is silent that long there, and the captions never show the marker.
 */
public final class SpeechPauses {

    public static final Duration LONGEST = Duration.ofSeconds(10);
    private static final Pattern MARKER = Pattern.compile("\\[\\s*pause\\s+(\\d{1,5}(?:\\.\\d{1,3})?)\\s*(ms|s)\\s*]",
            Pattern.CASE_INSENSITIVE);

    private SpeechPauses() {
    }

    /** A stretch of text and the silence before it. */
    public record Part(Duration pauseBefore, String text) {
    }

    /** The text cut at its markers; the first part has no pause before it (unless the text starts with one). */
    public static List<Part> split(String text) {
        List<Part> parts = new ArrayList<>();
        Matcher marker = MARKER.matcher(text);
        Duration pause = Duration.ZERO;
        int from = 0;
        while (marker.find()) {
            String before = text.substring(from, marker.start()).strip();
            if (!before.isEmpty()) {
                parts.add(new Part(pause, before));
                pause = Duration.ZERO;
            }
            pause = longest(pause.plus(length(marker)));
            from = marker.end();
        }
        String rest = text.substring(from).strip();
        if (!rest.isEmpty() || !pause.isZero()) {
            parts.add(new Part(pause, rest));
        }
        return parts;
    }

    /** The text without its markers, as captions show it. */
    public static String strip(String text) {
        return MARKER.matcher(text).replaceAll(" ").replaceAll("\\s{2,}", " ").strip();
    }

    private static Duration length(Matcher marker) {
        double amount = Double.parseDouble(marker.group(1));
        double millis = marker.group(2).equalsIgnoreCase("s") ? amount * 1000 : amount;
        return Duration.ofMillis(Math.round(millis));
    }

    private static Duration longest(Duration pause) {
        return pause.compareTo(LONGEST) > 0 ? LONGEST : pause;
    }
}
