package io.videogen.domain.media;

import io.videogen.domain.asset.AssetId;
import io.videogen.domain.shared.Guard;
import io.videogen.domain.shared.InvalidValueException;
import io.videogen.domain.shared.RgbColor;
import java.util.Locale;
import java.util.Objects;

/** What fills the frame behind a scene. */
public sealed interface Visual {

    /** The background a scene gets when it names none. */
    Visual DEFAULT = new Gradient(RgbColor.parse("#1e3c72", "visual.from"), RgbColor.parse("#2a5298", "visual.to"));

    /** A short stable text of everything that shapes the picture, for content hashes. */
    String fingerprint();

    record Color(RgbColor color) implements Visual {
        public Color {
            Objects.requireNonNull(color, "color");
        }

        @Override
        public String fingerprint() {
            return "color:" + color.hex();
        }
    }

    record Gradient(RgbColor from, RgbColor to) implements Visual {
        public Gradient {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
        }

        @Override
        public String fingerprint() {
            return "gradient:" + from.hex() + ":" + to.hex();
        }
    }

    record Image(AssetId assetId, Fit fit) implements Visual {
        public Image {
            Objects.requireNonNull(assetId, "visual.assetId");
            Objects.requireNonNull(fit, "visual.fit");
        }

        @Override
        public String fingerprint() {
            return "asset:" + assetId + ":" + fit;
        }
    }

    record Prompt(String prompt) implements Visual {
        public static final int MAX_LENGTH = 1000;

        public Prompt {
            Guard.notBlank(prompt, "visual.prompt");
            Guard.maxLength(prompt, MAX_LENGTH, "visual.prompt");
        }

        @Override
        public String fingerprint() {
            return "prompt:" + prompt;
        }
    }

    /** How an image fills a frame of another shape. */
    enum Fit {
        COVER, CONTAIN;

        public static Fit parse(String text) {
            if (text == null) {
                return COVER;
            }
            try {
                return valueOf(text.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new InvalidValueException("visual.fit", "fit '" + text + "' is not supported; use cover or contain");
            }
        }
    }

    /**
     * Reads the API's {@code visual} object: {@code type} is color, gradient, asset or prompt, each
     * with its own fields.
     */
    static Visual of(String type, String value, String from, String to, String assetId, String fit, String prompt) {
        if (type == null) {
            throw new InvalidValueException("visual.type", "visual.type is required; use color, gradient, asset or prompt");
        }
        return switch (type.strip().toLowerCase(Locale.ROOT)) {
            case "color" -> new Color(RgbColor.parse(required(value, "visual.value", "color"), "visual.value"));
            case "gradient" -> new Gradient(RgbColor.parse(required(from, "visual.from", "gradient"), "visual.from"),
                    RgbColor.parse(required(to, "visual.to", "gradient"), "visual.to"));
            case "asset" -> new Image(AssetId.parse(required(assetId, "visual.assetId", "asset")), Fit.parse(fit));
            case "prompt" -> new Prompt(required(prompt, "visual.prompt", "prompt"));
            default -> throw new InvalidValueException("visual.type",
                    "visual.type '" + type + "' is not supported; use color, gradient, asset or prompt");
        };
    }

    private static String required(String value, String field, String type) {
        if (value == null || value.isBlank()) {
            throw new InvalidValueException(field, "a visual of type " + type + " needs " + field);
        }
        return value;
    }
}
