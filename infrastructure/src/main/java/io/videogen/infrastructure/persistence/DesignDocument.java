package io.videogen.infrastructure.persistence;

import io.videogen.domain.shared.RgbColor;
import io.videogen.domain.template.Template;
import io.videogen.infrastructure.persistence.ValueDocuments.CaptionStyleDocument;
import io.videogen.infrastructure.persistence.ValueDocuments.ImageSyncDocument;
import io.videogen.infrastructure.persistence.ValueDocuments.MusicDocument;
import io.videogen.infrastructure.persistence.ValueDocuments.OutputDocument;
import io.videogen.infrastructure.persistence.ValueDocuments.PlacementDocument;
import java.util.List;

/** A {@link Template.Design} as stored in {@code templates.design}. */
record DesignDocument(String name, OutputDocument output, VisualDocument background, String textColor,
                      String accentColor, String font, CaptionStyleDocument captionStyle,
                      PlacementDocument avatarPlacement, ImageSyncDocument transitions, String introTitle,
                      String outroTitle, MusicDocument music, List<String> variables) {

    static DesignDocument of(Template.Design d) {
        return new DesignDocument(d.name(), OutputDocument.of(d.output()), VisualDocument.of(d.background()),
                d.textColor().hex(), d.accentColor().hex(), d.font(), CaptionStyleDocument.of(d.captionStyle()),
                PlacementDocument.of(d.avatarPlacement()), ImageSyncDocument.of(d.transitions()), d.introTitle(),
                d.outroTitle(), MusicDocument.of(d.music()), d.variables().stream().sorted().toList());
    }

    Template.Design toDesign() {
        return new Template.Design(name, output.toConfig(), background.toVisual(),
                RgbColor.parse(textColor, "textColor"), RgbColor.parse(accentColor, "accentColor"), font,
                captionStyle.toStyle(), avatarPlacement.toConfig(), transitions.toConfig(), introTitle, outroTitle,
                ValueDocuments.music(music), variables == null ? null : java.util.Set.copyOf(variables));
    }
}
