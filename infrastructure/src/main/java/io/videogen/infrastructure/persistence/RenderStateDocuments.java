package io.videogen.infrastructure.persistence;

import io.videogen.domain.video.FailureCode;
import io.videogen.domain.video.Progress;
import io.videogen.domain.video.Stage;
import io.videogen.domain.video.StageRun;
import io.videogen.domain.video.VideoFailure;
import java.time.Instant;
import java.util.List;

/** How far a video's render came, as stored: its stage runs, its progress and its failure. */
final class RenderStateDocuments {

    private RenderStateDocuments() {
    }

    /** Wraps the list: Hibernate Reactive binds jsonb as a JSON object, never as a bare array. */
    record StagesDocument(List<StageRunDocument> runs) {
        static StagesDocument of(List<StageRun> stages) {
            return new StagesDocument(stages.stream().map(StageRunDocument::of).toList());
        }

        List<StageRun> toStages() {
            return runs.stream().map(StageRunDocument::toRun).toList();
        }
    }

    /** Instants as ISO-8601 text: readable in psql, and no Jackson time module needed. */
    record StageRunDocument(String stage, String status, String startedAt, String finishedAt) {
        static StageRunDocument of(StageRun run) {
            return new StageRunDocument(run.stage().name(), run.status().name(), text(run.startedAt()),
                    text(run.finishedAt()));
        }

        StageRun toRun() {
            return new StageRun(Stage.valueOf(stage), StageRun.Status.valueOf(status), instant(startedAt),
                    instant(finishedAt));
        }

        private static String text(Instant instant) {
            return instant == null ? null : instant.toString();
        }

        private static Instant instant(String text) {
            return text == null ? null : Instant.parse(text);
        }
    }

    record ProgressDocument(String stage, int percent) {
        static ProgressDocument of(Progress progress) {
            return progress == null ? null : new ProgressDocument(progress.stage().name(), progress.percent());
        }

        Progress toProgress() {
            return new Progress(Stage.valueOf(stage), percent);
        }
    }

    record FailureDocument(String stage, String code, String message, boolean retryable, Integer sceneIndex) {
        static FailureDocument of(VideoFailure failure) {
            return failure == null ? null : new FailureDocument(failure.stage().name(), failure.code().name(),
                    failure.message(), failure.retryable(), failure.sceneIndex());
        }

        VideoFailure toFailure() {
            return new VideoFailure(Stage.valueOf(stage), FailureCode.valueOf(code), message, retryable, sceneIndex);
        }
    }
}
