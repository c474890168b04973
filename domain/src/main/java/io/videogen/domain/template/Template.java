package io.videogen.domain.template;

import io.videogen.domain.avatar.AvatarConfig;
import io.videogen.domain.shared.Guard;
import io.videogen.domain.shared.InvalidValueException;
import io.videogen.domain.shared.RgbColor;
import io.videogen.domain.user.UserId;
import io.videogen.domain.media.CaptionStyle;
import io.videogen.domain.media.ImageSyncConfig;
import io.videogen.domain.media.Music;
import io.videogen.domain.media.VideoConfig;
import io.videogen.domain.media.Visual;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jmolecules.ddd.types.AggregateRoot;

/**
 * A reusable look for videos: layout, colours, font, captions, presenter placement, transitions,
 * intro and outro titles, music, and the variables its scripts expect.
 */
public final class Template implements AggregateRoot<Template, TemplateId> {

    public static final int MAX_NAME = 100;
    private static final Pattern VARIABLE = Pattern.compile("[A-Za-z_][A-Za-z0-9_.-]{0,63}");

    private final TemplateId id;
    private final UserId owner;
    private final Instant createdAt;
    private Design design;
    private Instant updatedAt;
    private final long version;

    /** Everything a template decides. */
    public record Design(String name, VideoConfig output, Visual background, RgbColor textColor, RgbColor accentColor,
                         String font, CaptionStyle captionStyle, AvatarConfig avatarPlacement,
                         ImageSyncConfig transitions, String introTitle, String outroTitle, Music music,
                         Set<String> variables) {

        public Design {
            name = Guard.maxLength(Guard.notBlank(name, "name").strip(), MAX_NAME, "name");
            Objects.requireNonNull(output, "output");
            Objects.requireNonNull(background, "background");
            Objects.requireNonNull(textColor, "textColor");
            Objects.requireNonNull(accentColor, "accentColor");
            Objects.requireNonNull(captionStyle, "captionStyle");
            Objects.requireNonNull(avatarPlacement, "avatarPlacement");
            Objects.requireNonNull(transitions, "transitions");
            font = font == null || font.isBlank() ? "DejaVu Sans" : font.strip();
            introTitle = blankToNull(introTitle, "introTitle");
            outroTitle = blankToNull(outroTitle, "outroTitle");
            variables = Set.copyOf(variables == null ? Set.of() : variables);
            for (String variable : variables) {
                if (!VARIABLE.matcher(variable).matches()) {
                    throw new InvalidValueException("variables", "variable name '" + variable
                            + "' is not allowed; use letters, digits, '_', '.' or '-', starting with a letter");
                }
            }
        }

        public Optional<Music> backgroundMusic() {
            return Optional.ofNullable(music);
        }

        private static String blankToNull(String text, String field) {
            return text == null || text.isBlank() ? null : Guard.maxLength(text.strip(), 200, field);
        }
    }

    public record Snapshot(TemplateId id, UserId owner, Design design, Instant createdAt, Instant updatedAt,
                           long version) {
    }

    private Template(Snapshot s) {
        this.id = Objects.requireNonNull(s.id());
        this.owner = Objects.requireNonNull(s.owner());
        this.design = Objects.requireNonNull(s.design());
        this.createdAt = Objects.requireNonNull(s.createdAt());
        this.updatedAt = Objects.requireNonNull(s.updatedAt());
        this.version = s.version();
    }

    public static Template create(TemplateId id, UserId owner, Design design, Instant now) {
        return new Template(new Snapshot(id, owner, design, now, now, 0));
    }

    public static Template restore(Snapshot snapshot) {
        return new Template(snapshot);
    }

    public Snapshot snapshot() {
        return new Snapshot(id, owner, design, createdAt, updatedAt, version);
    }

    public void redesign(Design newDesign, Instant now) {
        design = Objects.requireNonNull(newDesign);
        updatedAt = now;
    }

    @Override
    public TemplateId getId() {
        return id;
    }

    public TemplateId id() {
        return id;
    }

    public UserId owner() {
        return owner;
    }

    public Design design() {
        return design;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public long version() {
        return version;
    }
}
