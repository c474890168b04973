package io.videogen.presentation.cli;

import io.videogen.application.port.in.RenderSpecUseCase.Listener;
import io.videogen.domain.video.Stage;
import java.io.PrintStream;
import java.util.Locale;

/**
 * Shows how far a render got: a bar redrawn in place on a terminal, or plain lines (one per stage
 * and one every tenth of the way) when the output goes to a file or a pipe, where a redrawn bar
 * would only leave carriage returns in a log.
 */
abstract class ProgressDisplay implements Listener {

    static ProgressDisplay bar(PrintStream err) {
        return new Bar(err);
    }

    static ProgressDisplay lines(PrintStream err) {
        return new Lines(err);
    }

    static ProgressDisplay silent() {
        return new ProgressDisplay() {
        };
    }

    /** Ends the display (a bar moves to a fresh line). */
    void finish() {
    }

    /** A bar redrawn in place, at most ten times a second. */
    private static final class Bar extends ProgressDisplay {

        private static final int WIDTH = 30;
        private final PrintStream err;
        private int percent;
        private String stage = "";
        private String detail = "";
        private long drawn;
        private boolean shown;

        Bar(PrintStream err) {
            this.err = err;
        }

        @Override
        public synchronized void stageStarted(Stage stage, int scenes) {
            this.stage = stage.label();
            this.detail = scenes > 0 ? scenes + " scenes" : "";
            draw(true);
        }

        @Override
        public synchronized void progress(Stage stage, int stagePercent, int overallPercent) {
            percent = Math.max(percent, overallPercent);
            draw(false);
        }

        @Override
        public synchronized void artefact(String kind, int sceneIndex, boolean reused) {
            if ("segment".equals(kind) && reused) {
                detail = "scene " + sceneIndex + " reused";
            }
        }

        private void draw(boolean force) {
            long now = System.nanoTime();
            if (!force && now - drawn < 100_000_000L) {
                return;
            }
            drawn = now;
            int filled = WIDTH * percent / 100;
            String line = String.format(Locale.ROOT, "\r[%s%s] %3d%%  %-12s %-24s", "#".repeat(filled),
                    ".".repeat(WIDTH - filled), percent, stage, detail);
            err.print(line);
            err.flush();
            shown = true;
        }

        @Override
        synchronized void finish() {
            if (shown) {
                draw(true);
                err.println();
                shown = false;
            }
        }
    }

    /** One line per stage, and one each time another tenth of the work is done. */
    private static final class Lines extends ProgressDisplay {

        private final PrintStream err;
        private final long started = System.nanoTime();
        private int tenths;

        Lines(PrintStream err) {
            this.err = err;
        }

        @Override
        public synchronized void stageStarted(Stage stage, int scenes) {
            err.printf(Locale.ROOT, "videogen: %6.1f s  stage %s%s%n", seconds(), stage.label(),
                    scenes > 0 ? " (" + scenes + " scenes)" : "");
        }

        @Override
        public synchronized void progress(Stage stage, int stagePercent, int overallPercent) {
            int now = overallPercent / 10;
            if (now > tenths) {
                tenths = now;
                err.printf(Locale.ROOT, "videogen: %6.1f s  %3d%% done%n", seconds(), overallPercent);
            }
        }

        @Override
        public synchronized void artefact(String kind, int sceneIndex, boolean reused) {
            if ("segment".equals(kind)) {
                err.printf(Locale.ROOT, "videogen: %6.1f s  scene %d: %s%n", seconds(), sceneIndex,
                        reused ? "segment reused from the workspace" : "segment to encode");
            }
        }

        private double seconds() {
            return (System.nanoTime() - started) / 1e9;
        }
    }
}
