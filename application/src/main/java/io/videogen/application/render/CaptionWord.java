package io.videogen.application.render;

import java.time.Duration;

/**
 * One word of a caption as shown on screen, and when it is spoken, from the start of its scene.
 *
 * @param caption index of the caption (within the scene) the word belongs to
 * @param index   position of the word within its caption, counting over all its lines
 */
record CaptionWord(String text, Duration start, Duration end, int caption, int index) {

    CaptionWord shifted(Duration by) {
        return new CaptionWord(text, start.plus(by), end.plus(by), caption, index);
    }

    CaptionWord endingBy(Duration limit) {
        Duration newEnd = end.compareTo(limit) > 0 ? limit : end;
        Duration newStart = start.compareTo(newEnd) > 0 ? newEnd : start;
        return new CaptionWord(text, newStart, newEnd, caption, index);
    }
}
