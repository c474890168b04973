package io.videogen.application.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.videogen.application.port.out.AvatarAnimator.AvatarPerformance;
import io.videogen.application.port.out.AvatarAnimator.Picture;
import io.videogen.application.port.out.VideoComposer.TimedCaption;
import io.videogen.domain.media.Visual;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class TaskBriefTest {

    @Test
    void aSegmentsBriefReadsBackAsWrittenPresenterFramesAndCaptionsIncluded() throws IOException {
        AvatarPerformance presenter = new AvatarPerformance(12, 34, List.of(
                new Picture(2, 1, new int[] {0xFF102030, 0x00000000}),
                new Picture(1, 2, new int[] {0x80FFFFFF, 0xFF000001})), new int[] {0, 0, 1, 1, 0});
        TaskBrief.Segment brief = new TaskBrief.Segment(3, Duration.ofMillis(2466), "artefacts/inputs/still-ab.png",
                true, "artefacts/inputs/still-cd.png", Duration.ofMillis(500),
                List.of(new TimedCaption(List.of("Über line one", "and «two»"), Duration.ZERO, Duration.ofMillis(900), 2),
                        new TimedCaption(List.of("last"), Duration.ofMillis(900), Duration.ofMillis(2466))),
                "upload:6f1c0b6e-5d3e-4f2a-9f57-1f1b7f0c2a11", Visual.Fit.CONTAIN, presenter);

        TaskBrief read = roundTrip(brief);

        assertThat(read).usingRecursiveComparison().isEqualTo(brief);
        assertThat(((TaskBrief.Segment) read).avatar().poseAt(3).argb()).containsExactly(0x80FFFFFF, 0xFF000001);
    }

    @Test
    void aStillScenesBriefHasNoPresenterClipOrPreviousStill() throws IOException {
        TaskBrief.Segment brief = new TaskBrief.Segment(0, Duration.ofSeconds(2), "artefacts/inputs/still-ef.png",
                false, null, Duration.ZERO, List.of(), null, null, null);

        assertThat(roundTrip(brief)).isEqualTo(brief);
    }

    @Test
    void aSegmentsLeadReadsBackAsWritten() throws IOException {
        TaskBrief.Segment brief = new TaskBrief.Segment(2, Duration.ofSeconds(3), "artefacts/inputs/still-ef.png",
                false, "artefacts/inputs/still-ab.png", Duration.ofMillis(500),
                List.of(new TimedCaption(List.of("words"), Duration.ofMillis(300), Duration.ofSeconds(3))), null, null,
                null, "segment-0123abcd.mp4", 9);

        assertThat(roundTrip(brief)).isEqualTo(brief);
    }

    @Test
    void aBriefOfTheFormatBeforeLeadsIsReadAsOneWithoutALead() throws IOException {
        TaskBrief.Segment brief = new TaskBrief.Segment(0, Duration.ofSeconds(2), "artefacts/inputs/still-ef.png",
                false, null, Duration.ZERO, List.of(), null, null, null);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            TaskBrief.write(brief, out);
        }
        // format 1 was format 2 without the lead's two fields at the end
        byte[] written = bytes.toByteArray();
        ByteArrayOutputStream first = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(first)) {
            out.writeUTF(TaskBrief.FORMAT_1);
            int header = 2 + TaskBrief.FORMAT.length();
            out.write(written, header, written.length - header - 1 - 4);
        }

        TaskBrief read = TaskBrief.read(new DataInputStream(new ByteArrayInputStream(first.toByteArray())));

        assertThat(read).isEqualTo(brief);
        assertThat(((TaskBrief.Segment) read).lead()).isNull();
    }

    @Test
    void aSoundtracksBriefNamesTheNarrationAndTheLength() throws IOException {
        TaskBrief brief = new TaskBrief.Soundtrack("artefacts/narrations/soundtrack-0a.wav", Duration.ofMillis(61_333));

        assertThat(roundTrip(brief)).isEqualTo(brief);
    }

    @Test
    void aBriefOfAnotherFormatIsRefusedNamingIt() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        new DataOutputStream(bytes).writeUTF("videogen-task-brief-0");

        assertThatThrownBy(() -> TaskBrief.read(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray()))))
                .isInstanceOf(IOException.class).hasMessageContaining("videogen-task-brief-0");
    }

    private static TaskBrief roundTrip(TaskBrief brief) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            TaskBrief.write(brief, out);
        }
        return TaskBrief.read(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())));
    }
}
