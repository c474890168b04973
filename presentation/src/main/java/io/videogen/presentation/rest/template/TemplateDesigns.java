package io.videogen.presentation.rest.template;

import io.videogen.application.port.in.VideoDraft;
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
import io.videogen.presentation.rest.video.CreateVideoRequest.MusicRequest;
import io.videogen.presentation.rest.video.CreateVideoRequest.OutputRequest;
import io.videogen.presentation.rest.video.CreateVideoRequest.PlacementBody;
import io.videogen.presentation.rest.video.CreateVideoRequest.TransitionBody;
import io.videogen.presentation.rest.video.CreateVideoRequest.VisualRequest;
import io.videogen.presentation.rest.video.VideoDrafts;
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
                placement(body.avatarPlacement(), "avatarPlacement"),
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
                        style.boxOpacity(), style.position().label(), style.look().label(),
                        style.highlightColor().hex()),
                VideoDrafts.placementBody(placement),
                VideoDrafts.transitionBody(transitions),
                d.introTitle(), d.outroTitle(),
                d.backgroundMusic().map(m -> new MusicRequest(m.assetId().toString(), m.volume(), m.ducking()))
                        .orElse(null),
                d.variables().stream().sorted().toList());
        return new TemplateResponse(template.id().value(), body, template.createdAt(), template.updatedAt());
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
                body.position() == null ? defaults.position()
                        : CaptionStyle.Position.parse(body.position(), "captionStyle.position"),
                body.style() == null ? defaults.look() : CaptionStyle.Look.parse(body.style(), "captionStyle.style"),
                color(body.highlightColor(), defaults.highlightColor(), "captionStyle.highlightColor"));
    }

    /** A placement as sent for a template or an avatar; parts left out are the defaults. */
    public static AvatarConfig placement(PlacementBody body, String field) {
        return VideoDrafts.presenter(null, body, field).over(AvatarConfig.defaults());
    }

    private static ImageSyncConfig transition(TransitionBody body) {
        VideoDraft.Motion motion = VideoDrafts.motion(body);
        return motion == null ? ImageSyncConfig.defaults() : motion.over(ImageSyncConfig.defaults());
    }
}
