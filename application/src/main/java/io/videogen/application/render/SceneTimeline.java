package io.videogen.application.render;

import io.videogen.application.port.out.SpeechAudio;
import io.videogen.application.port.out.SpeechClip;
import io.videogen.application.port.out.VideoComposer.TimedCaption;
import io.videogen.domain.script.CaptionCue;
import io.videogen.domain.speech.PhonemeTiming;
import io.videogen.domain.speech.WordTiming;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * When everything in one scene happens: a lead-in, the narration clips one after another with a
 * short breath between them, a pause at the end, each caption shown while its words are spoken, and
 * when each of its words is said ({@link SpokenWords}).
 * The length is a whole number of frames, so segments and audio stay aligned when joined.
 */
record SceneTimeline(int sceneIndex, int startFrame, int frameCount, int fps, List<PlacedClip> clips,
                     List<TimedCaption> captions, List<CaptionWord> words) {

    static final Duration LEAD_IN = Duration.ofMillis(300);
    static final Duration BREATH = Duration.ofMillis(150);

    Duration duration() {
        return frames(frameCount, fps);
    }

    Duration start() {
        return frames(startFrame, fps);
    }

    int endFrame() {
        return startFrame + frameCount;
    }

    /** The scene's clips as placed on a track on which the scene starts at {@code sceneStart}. */
    List<SpeechAudio.Placement> placements(Duration sceneStart) {
        return clips.stream().map(c -> new SpeechAudio.Placement(c.clip().wav(), sceneStart.plus(c.offset())))
                .toList();
    }

    /**
     * The scene's clips as placed on the video's narration: each at its offset from the scene's start, which the
     * track lays on its sound grid ({@link SpeechAudio.Placement#sample}, ADR 0052).
     */
    List<SpeechAudio.Placement> onTrack() {
        return clips.stream().map(c -> new SpeechAudio.Placement(c.clip().wav(), start(), c.offset())).toList();
    }

    /** The whole narration of the scene as one clip, for the presenter's lip movements. */
    SpeechClip speech(java.nio.file.Path wav) {
        List<WordTiming> words = new ArrayList<>();
        List<PhonemeTiming> phonemes = new ArrayList<>();
        for (PlacedClip placed : clips) {
            Duration shift = placed.offset().minus(LEAD_IN);
            placed.clip().words().forEach(w -> words.add(w.shifted(shift)));
            placed.clip().phonemes().forEach(p -> phonemes.add(p.shifted(shift)));
        }
        Duration spoken = clips.isEmpty() ? Duration.ZERO : clips.get(clips.size() - 1).end().minus(LEAD_IN);
        return new SpeechClip(wav, spoken, words, phonemes);
    }

    /**
     * Lays out a scene whose captions are its spoken words: one clip per cue, each cue on screen
     * from its first word until the next cue starts.
     */
    static SceneTimeline ofCues(int sceneIndex, int startFrame, int fps, List<CaptionCue> cues, List<SpeechClip> clips,
                                Duration pauseAfter, Duration minimum) {
        List<PlacedClip> placed = place(clips, cues.stream().map(CaptionCue::pauseBefore).toList());
        List<TimedCaption> captions = new ArrayList<>();
        List<CaptionWord> words = new ArrayList<>();
        for (int i = 0; i < cues.size(); i++) {
            Duration from = placed.get(i).offset();
            Duration to = i + 1 < placed.size() ? placed.get(i + 1).offset() : placed.get(i).end().plus(BREATH);
            captions.add(new TimedCaption(cues.get(i).lines(), from, to));
            words.addAll(SpokenWords.of(cues.get(i).lines(), i, placed.get(i).clip(), from));
        }
        return finish(sceneIndex, startFrame, fps, placed, captions, words, pauseAfter, minimum);
    }

    /**
     * Lays out a scene whose captions differ from what is spoken: the captions share the speaking
     * time in proportion to their length.
     */
    static SceneTimeline ofDisplayCaptions(int sceneIndex, int startFrame, int fps, List<CaptionCue> cues,
                                           List<SpeechClip> clips, Duration pauseAfter, Duration minimum) {
        List<PlacedClip> placed = place(clips, List.of());
        Duration speakingStart = LEAD_IN;
        Duration speakingEnd = placed.get(placed.size() - 1).end().plus(BREATH);
        long total = cues.stream().mapToLong(cue -> cue.text().length()).sum();
        long span = speakingEnd.minus(speakingStart).toMillis();
        List<TimedCaption> captions = new ArrayList<>();
        List<CaptionWord> words = new ArrayList<>();
        long done = 0;
        for (int i = 0; i < cues.size(); i++) {
            CaptionCue cue = cues.get(i);
            Duration from = speakingStart.plusMillis(span * done / total);
            done += cue.text().length();
            Duration to = speakingStart.plusMillis(span * done / total);
            captions.add(new TimedCaption(cue.lines(), from, to));
            words.addAll(SpokenWords.spread(cue.lines(), i, from, to));
        }
        return finish(sceneIndex, startFrame, fps, placed, captions, words, pauseAfter, minimum);
    }

    /** One clip after the other, a breath apart, each after the pause its cue asks for (if any). */
    private static List<PlacedClip> place(List<SpeechClip> clips, List<Duration> pauses) {
        if (clips.isEmpty()) {
            throw new IllegalArgumentException("a scene has at least one clip of speech");
        }
        List<PlacedClip> placed = new ArrayList<>();
        Duration cursor = LEAD_IN;
        for (int i = 0; i < clips.size(); i++) {
            SpeechClip clip = clips.get(i);
            cursor = cursor.plus(i < pauses.size() ? pauses.get(i) : Duration.ZERO);
            placed.add(new PlacedClip(clip, cursor));
            cursor = cursor.plus(clip.duration()).plus(BREATH);
        }
        return placed;
    }

    private static SceneTimeline finish(int sceneIndex, int startFrame, int fps, List<PlacedClip> placed,
                                        List<TimedCaption> captions, List<CaptionWord> words, Duration pauseAfter,
                                        Duration minimum) {
        Duration length = placed.get(placed.size() - 1).end().plus(pauseAfter);
        if (length.compareTo(minimum) < 0) {
            length = minimum;
        }
        int frameCount = (int) Math.ceil(length.toNanos() * (double) fps / 1_000_000_000L);
        Duration end = frames(frameCount, fps);
        List<TimedCaption> clamped = captions.stream()
                .map(c -> new TimedCaption(c.lines(), c.start(), c.end().compareTo(end) > 0 ? end : c.end()))
                .toList();
        List<CaptionWord> clampedWords = words.stream().map(word -> word.endingBy(end)).toList();
        return new SceneTimeline(sceneIndex, startFrame, frameCount, fps, List.copyOf(placed), clamped, clampedWords);
    }

    static Duration frames(long count, int fps) {
        return Duration.ofNanos(Math.round(count * 1_000_000_000.0 / fps));
    }
}
