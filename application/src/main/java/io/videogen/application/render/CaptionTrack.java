package io.videogen.application.render;

import io.videogen.application.port.out.VideoComposer.TimedCaption;
import io.videogen.domain.media.CaptionStyle;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The captions burned into a scene's pictures, in the style's look: {@code classic} shows each
 * caption whole; {@code karaoke} shows it once per word, that word highlighted from when it is
 * said until the next one is; {@code words} shows one to three words at a time on one line, the
 * spoken one highlighted. Each picture is a {@link TimedCaption}, so the composer draws each once.
 */
final class CaptionTrack {

    /** Words shown at a time in the {@code words} look. */
    static final int MOST_WORDS = 3;
    /** Characters shown at a time in the {@code words} look (unless one word is longer), so they stay large. */
    static final int MOST_CHARACTERS = 18;

    private CaptionTrack() {
    }

    static List<TimedCaption> burnedIn(SceneTimeline timeline, CaptionStyle.Look look) {
        if (look == CaptionStyle.Look.CLASSIC) {
            return timeline.captions();
        }
        List<TimedCaption> pictures = new ArrayList<>();
        List<TimedCaption> captions = timeline.captions();
        for (int c = 0; c < captions.size(); c++) {
            TimedCaption caption = captions.get(c);
            List<CaptionWord> words = wordsOf(timeline.words(), c);
            if (words.isEmpty()) {
                pictures.add(caption);
            } else if (look == CaptionStyle.Look.KARAOKE) {
                highlighted(caption.lines(), words, caption.start(), caption.end(), pictures);
            } else {
                List<List<CaptionWord>> groups = groups(words);
                for (int g = 0; g < groups.size(); g++) {
                    List<CaptionWord> group = groups.get(g);
                    Duration from = g == 0 ? caption.start() : group.get(0).start();
                    Duration to = g + 1 < groups.size() ? groups.get(g + 1).get(0).start() : caption.end();
                    String line = String.join(" ", group.stream().map(CaptionWord::text).toList());
                    highlighted(List.of(line), group, from, to, pictures);
                }
            }
        }
        return pictures.stream().filter(p -> p.end().compareTo(p.start()) > 0).toList();
    }

    /** One picture per word: the lines with that word highlighted, from its start to the next word's. */
    private static void highlighted(List<String> lines, List<CaptionWord> words, Duration from, Duration to,
                                    List<TimedCaption> pictures) {
        for (int w = 0; w < words.size(); w++) {
            Duration start = w == 0 ? from : max(from, words.get(w).start());
            Duration end = w + 1 < words.size() ? min(to, max(start, words.get(w + 1).start())) : to;
            pictures.add(new TimedCaption(lines, start, end, w));
        }
    }

    /**
     * A caption's words in groups of at most three words and, unless a word is longer, eighteen
     * characters; a group ends after a word that ends a clause (a comma, a full stop).
     */
    static List<List<CaptionWord>> groups(List<CaptionWord> words) {
        List<List<CaptionWord>> groups = new ArrayList<>();
        List<CaptionWord> clause = new ArrayList<>();
        for (CaptionWord word : words) {
            clause.add(word);
            if (endsClause(word.text())) {
                split(clause, groups);
                clause = new ArrayList<>();
            }
        }
        split(clause, groups);
        return groups;
    }

    /** Packs a clause's words in order, a group full at three words or eighteen characters. */
    private static void split(List<CaptionWord> clause, List<List<CaptionWord>> groups) {
        List<CaptionWord> group = new ArrayList<>();
        int characters = 0;
        for (CaptionWord word : clause) {
            int length = word.text().length();
            if (!group.isEmpty() && (group.size() == MOST_WORDS || characters + 1 + length > MOST_CHARACTERS)) {
                groups.add(List.copyOf(group));
                group.clear();
                characters = 0;
            }
            characters += group.isEmpty() ? length : 1 + length;
            group.add(word);
        }
        if (group.size() == 1 && groups.size() > 0 && !clause.isEmpty()) {
            // A clause does not end on a lonely word when the group before can spare one.
            List<CaptionWord> before = groups.get(groups.size() - 1);
            CaptionWord moved = before.get(before.size() - 1);
            boolean sameClause = clause.contains(before.get(0));
            if (sameClause && before.size() > 1
                    && moved.text().length() + 1 + group.get(0).text().length() <= MOST_CHARACTERS) {
                groups.set(groups.size() - 1, List.copyOf(before.subList(0, before.size() - 1)));
                group.add(0, moved);
            }
        }
        if (!group.isEmpty()) {
            groups.add(List.copyOf(group));
        }
    }

    private static boolean endsClause(String word) {
        char last = word.charAt(word.length() - 1);
        return ",.;:!?\u2026".indexOf(last) >= 0;
    }

    private static List<CaptionWord> wordsOf(List<CaptionWord> words, int caption) {
        return words.stream().filter(word -> word.caption() == caption).toList();
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
