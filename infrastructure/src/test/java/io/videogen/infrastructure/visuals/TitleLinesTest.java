package io.videogen.infrastructure.visuals;

import static org.assertj.core.api.Assertions.assertThat;

import io.videogen.infrastructure.fonts.BundledFonts;
import java.awt.Font;
import java.awt.font.FontRenderContext;
import org.junit.jupiter.api.Test;

class TitleLinesTest {

    private static final FontRenderContext CONTEXT = new FontRenderContext(null, true, true);
    private static final Font TITLE = BundledFonts.bold(64f);

    @Test
    void keepsAShortTitleOnOneLineAtFullSize() {
        TitleLines lines = TitleLines.fit("Hello world", TITLE, 1152, CONTEXT);

        assertThat(lines.lines()).containsExactly("Hello world");
        assertThat(lines.font().getSize2D()).isEqualTo(64f);
    }

    @Test
    void wrapsALongTitleOntoAtMostThreeLinesThatFit() {
        String title = "An unusually long title that goes on and on about many different things, far more than fits";

        TitleLines lines = TitleLines.fit(title, TITLE, 600, CONTEXT);

        assertThat(lines.lines()).hasSizeBetween(2, TitleLines.MAX_LINES);
        assertThat(lines.lines()).allSatisfy(line -> assertThat(TitleLines.fits(line, lines.font(), 600, CONTEXT)).isTrue());
    }

    @Test
    void endsATitleTooLongForThreeLinesWithAnEllipsis() {
        String title = "word ".repeat(80).strip();

        TitleLines lines = TitleLines.fit(title, TITLE, 600, CONTEXT);

        assertThat(lines.lines()).hasSize(TitleLines.MAX_LINES);
        assertThat(lines.lines().get(2)).endsWith("\u2026");
    }

    @Test
    void breaksAWordWiderThanTheLine() {
        TitleLines lines = TitleLines.fit("Pneumonoultramicroscopicsilicovolcanoconiosis", TITLE, 400, CONTEXT);

        assertThat(lines.lines()).allSatisfy(line -> assertThat(TitleLines.fits(line, lines.font(), 400, CONTEXT)).isTrue());
        assertThat(String.join("", lines.lines())).startsWith("Pneumono");
    }
}
