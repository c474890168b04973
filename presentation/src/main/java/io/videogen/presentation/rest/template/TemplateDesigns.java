package io.videogen.presentation.rest.template;

import io.videogen.domain.avatar.AvatarConfig;
import io.videogen.domain.media.CaptionStyle;
import io.videogen.domain.media.ImageSyncConfig;
import io.videogen.domain.media.VideoConfig;
import io.videogen.domain.media.Visual;
import io.videogen.domain.shared.InvalidValueException;
import io.videogen.domain.shared.RgbColor;
import io.videogen.domain.template.Template;
import io.videogen.domain.template.Template.Design;
import io.videogen.presentation.rest.template.TemplateBody.CaptionStyleBody;
import io.videogen.presentation.rest.template.TemplateBody.PlacementBody;
import io.videogen.presentation.rest.template.TemplateBody.TransitionBody;
import io.videogen.presentation.rest.video.CreateVideoRequest.MusicRequest;
import io.videogen.presentation.rest.video.CreateVideoRequest.OutputRequest;
import io.videogen.presentation.rest.video.CreateVideoRequest.VisualRequest;
import io.videogen.presentation.rest.video.VideoDrafts;
import java.time.Duration;
import java.util.HashSet;
import java.util.Locale;

/** Converts between a template's JSON and its {@link Design}, in both directions. */
public final class TemplateDesigns {

    private static final RgbColor WHITE = new RgbColor(255, 255, 255);
    private static final RgbColor AMBER = new RgbColor(245, 166, 35);

    private TemplateDesigns() {
    }

    static Design toDesign(TemplateBody body) {
        OutputRequest out = body.output();
        VisualRequest background = body.background();
        return new Design(body.name(),
                out == null ? VideoConfig.defaults()
                        : VideoConfig.of(out.resolution(), out.aspectRatio(), out.fps(), out.quality()),
                background == null ? Visual.DEFAULT : VideoDrafts.visual(background),
                color(body.textColor(), WHITE, "textColor"),
                color(body.accentColor(), AMBER, "accentColor"),
                body.font(),
                captionStyle(body.captionStyle()),
                placement(body.avatarPlacement()),
                transition(body.transition()),
                body.introTitle(),
                body.outroTitle(),
                VideoDrafts.music(body.music()),
                body.variables() == null ? null : new HashSet<>(body.variables()));
    }

    public static TemplateResponse toResponse(Template template) {
        Design d = template.design();
        CaptionStyle style = d.captionStyle();
        AvatarConfig placement = d.avatarPlacement();
        ImageSyncConfig transitions = d.transitions();
        TemplateBody body = new TemplateBody(d.name(),
                new OutputRequest(d.output().aspectRatio().label(), d.output().resolution().toString(), d.output().fps(),
                        d.output().quality().label()),
                VideoDrafts.request(d.background()), d.textColor().hex(), d.accentColor().hex(), d.font(),
                new CaptionStyleBody(style.fontSize(), style.textColor().hex(), style.boxColor().hex(),
                        style.boxOpacity(), style.position().name().toLowerCase(Locale.ROOT)),
                placementBody(placement),
                new TransitionBody(transitions.transition().name().toLowerCase(Locale.ROOT),
                        (int) transitions.transitionLength().toMillis(), transitions.kenBurns()),
                d.introTitle(), d.outroTitle(),
                d.backgroundMusic().map(m -> new MusicRequest(m.assetId().toString(), m.volume(), m.ducking()))
                        .orElse(null),
                d.variables().stream().sorted().toList());
        return new TemplateResponse(template.id().value(), body, template.createdAt(), template.updatedAt());
    }

    public static PlacementBody placementBody(AvatarConfig placement) {
        return new PlacementBody(placement.placement().name().toLowerCase(Locale.ROOT).replace('_', '-'),
                placement.shape().name().toLowerCase(Locale.ROOT), placement.scale());
    }

    /** A colour a client may leave out. */
    public static RgbColor color(String hex, RgbColor fallback, String field) {
        return hex == null ? fallback : RgbColor.parse(hex, field);
    }

    private static CaptionStyle captionStyle(CaptionStyleBody body) {
        CaptionStyle defaults = CaptionStyle.defaults();
        if (body == null) {
            return defaults;
        }
        return new CaptionStyle(body.fontSize() == null ? defaults.fontSize() : body.fontSize(),
                color(body.textColor(), defaults.textColor(), "captionStyle.textColor"),
                color(body.boxColor(), defaults.boxColor(), "captionStyle.boxColor"),
                body.boxOpacity() == null ? defaults.boxOpacity() : body.boxOpacity(),
                body.position() == null ? defaults.position() : position(body.position()));
    }

    private static CaptionStyle.Position position(String text) {
        try {
            return CaptionStyle.Position.valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException("captionStyle.position", "position '" + text
                    + "' is not supported; use bottom, top or center");
        }
    }

    public static AvatarConfig placement(PlacementBody body) {
        AvatarConfig defaults = AvatarConfig.defaults();
        if (body == null) {
            return defaults;
        }
        return new AvatarConfig(
                body.placement() == null ? defaults.placement() : AvatarConfig.Placement.parse(body.placement()),
                body.shape() == null ? defaults.shape() : AvatarConfig.Shape.parse(body.shape()),
                body.scale() == null ? defaults.scale() : body.scale());
    }

    private static ImageSyncConfig transition(TransitionBody body) {
        ImageSyncConfig defaults = ImageSyncConfig.defaults();
        if (body == null) {
            return defaults;
        }
        ImageSyncConfig.Transition type = defaults.transition();
        if (body.type() != null) {
            try {
                type = ImageSyncConfig.Transition.valueOf(body.type().strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new InvalidValueException("transition.type", "transition '" + body.type()
                        + "' is not supported; use none, fade or slide");
            }
        }
        return new ImageSyncConfig(defaults.granularity(), body.kenBurns() != null ? body.kenBurns()
                : defaults.kenBurns(), type, body.durationMs() == null ? defaults.transitionLength()
                : Duration.ofMillis(body.durationMs()));
    }
}
