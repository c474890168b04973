package io.videogen.infrastructure.speech;

import io.videogen.domain.speech.PhonemeTiming;
import io.videogen.domain.speech.WordTiming;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Reads and changes MaryTTS's acoustic parameters: phones ({@code ph}, duration {@code d} in ms,
 * pitch targets {@code f0} as {@code (percent,Hz)} pairs) inside tokens ({@code t}; a number said
 * as several words sits in an {@code mtu} with the written form in {@code orig}) and pauses
 * ({@code boundary}, {@code duration} in ms).
 */
final class MaryProsody {

    private static final Pattern F0_TARGET = Pattern.compile("\\((\\d+),(\\d+(?:\\.\\d+)?)\\)");

    private MaryProsody() {
    }

    record Timings(List<WordTiming> words, List<PhonemeTiming> phonemes) {
    }

    /** Stretches every phone and pause by {@code 1/speed} and shifts pitch by {@code semitones}. */
    static void adjust(Document document, double speed, double semitones) {
        double factor = Math.pow(2, semitones / 12);
        for (Element element : elements(document)) {
            switch (element.getLocalName()) {
                case "ph" -> {
                    stretch(element, "d", speed);
                    if (semitones != 0 && !element.getAttribute("f0").isEmpty()) {
                        element.setAttribute("f0", scaled(element.getAttribute("f0"), factor));
                    }
                }
                case "boundary" -> stretch(element, "duration", speed);
                default -> { }
            }
        }
    }

    /** Word and phone timings from the durations, which after synthesis are the realised ones. */
    static Timings timings(Document document) {
        List<WordTiming> words = new ArrayList<>();
        List<PhonemeTiming> phonemes = new ArrayList<>();
        long nanos = 0;
        Element mtu = null;
        long mtuStart = 0;
        long wordStart = -1;
        Element word = null;
        for (Element element : elements(document)) {
            if (word != null && !isInside(element, word)) {
                addWord(words, word, wordStart, nanos, mtu);
                word = null;
            }
            if (mtu != null && !isInside(element, mtu)) {
                words.add(new WordTiming(mtu.getAttribute("orig"), nanos(mtuStart), nanos(nanos)));
                mtu = null;
            }
            switch (element.getLocalName()) {
                case "mtu" -> {
                    if (!element.getAttribute("orig").isBlank() && mtu == null) {
                        mtu = element;
                        mtuStart = nanos;
                    }
                }
                case "t" -> {
                    word = element;
                    wordStart = nanos;
                }
                case "ph" -> {
                    long length = Math.round(number(element, "d") * 1_000_000);
                    phonemes.add(new PhonemeTiming(element.getAttribute("p"), nanos(nanos), nanos(nanos + length)));
                    nanos += length;
                }
                case "boundary" -> nanos += Math.round(number(element, "duration") * 1_000_000);
                default -> { }
            }
        }
        if (word != null) {
            addWord(words, word, wordStart, nanos, mtu);
        }
        if (mtu != null) {
            words.add(new WordTiming(mtu.getAttribute("orig"), nanos(mtuStart), nanos(nanos)));
        }
        return new Timings(words, phonemes);
    }

    private static void addWord(List<WordTiming> words, Element token, long start, long end, Element mtu) {
        String text = token.getFirstChild() == null ? "" : token.getFirstChild().getNodeValue();
        if (mtu == null && !token.getAttribute("ph").isEmpty() && text != null && !text.isBlank()) {
            words.add(new WordTiming(text.strip(), nanos(start), nanos(end)));
        }
    }

    private static boolean isInside(Node node, Element ancestor) {
        for (Node at = node; at != null; at = at.getParentNode()) {
            if (at == ancestor) {
                return true;
            }
        }
        return false;
    }

    private static List<Element> elements(Document document) {
        NodeList all = document.getElementsByTagNameNS("*", "*");
        List<Element> elements = new ArrayList<>(all.getLength());
        for (int i = 0; i < all.getLength(); i++) {
            elements.add((Element) all.item(i));
        }
        return elements;
    }

    private static void stretch(Element element, String attribute, double speed) {
        if (element.hasAttribute(attribute) && speed != 1.0) {
            element.setAttribute(attribute, Long.toString(Math.round(number(element, attribute) / speed)));
        }
    }

    private static String scaled(String targets, double factor) {
        Matcher target = F0_TARGET.matcher(targets);
        StringBuilder out = new StringBuilder();
        while (target.find()) {
            out.append('(').append(target.group(1)).append(',')
                    .append(Math.round(Double.parseDouble(target.group(2)) * factor)).append(')');
        }
        return out.toString();
    }

    private static double number(Element element, String attribute) {
        String value = element.getAttribute(attribute).strip();
        return value.isEmpty() ? 0 : Double.parseDouble(value.toLowerCase(Locale.ROOT));
    }

    private static Duration nanos(long value) {
        return Duration.ofNanos(value);
    }
}
