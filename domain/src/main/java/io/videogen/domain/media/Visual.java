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

    /** Whether the user's own upload is shown (its provenance is {@code asset}). */
    default boolean uploaded() {
        return false;
    }

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
        public boolean uploaded() {
            return true;
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

    /**
     * A moving background: an uploaded video ({@code assetId}, placed by {@code fit}) or one generated
     * for a {@code prompt}; either way trimmed or looped to the scene's length.
     */
    record Clip(AssetId assetId, Fit fit, String prompt) implements Visual {
        public Clip {
            Objects.requireNonNull(fit, "visual.fit");
            if ((assetId == null) == (prompt == null)) {
                throw new InvalidValueException("visual.assetId",
                        "a visual of type clip needs either visual.assetId (an uploaded video) or visual.prompt, not both");
            }
            if (prompt != null) {
                Guard.notBlank(prompt, "visual.prompt");
                Guard.maxLength(prompt, Prompt.MAX_LENGTH, "visual.prompt");
            }
        }

        @Override
        public boolean uploaded() {
            return assetId != null;
        }

        @Override
        public String fingerprint() {
            return uploaded() ? "clip:asset:" + assetId + ":" + fit : "clip:prompt:" + prompt;
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
     * Reads the API's {@code visual} object: {@code type} is color, gradient, asset, prompt or clip, each
     * with its own fields.
     */
    static Visual of(String type, String value, String from, String to, String assetId, String fit, String prompt) {
        if (type == null) {
            throw new InvalidValueException("visual.type", "visual.type is required; use color, gradient, asset, prompt or clip");
        }
        return switch (type.strip().toLowerCase(Locale.ROOT)) {
            case "color" -> new Color(RgbColor.parse(required(value, "visual.value", "color"), "visual.value"));
            case "gradient" -> new Gradient(RgbColor.parse(required(from, "visual.from", "gradient"), "visual.from"),
                    RgbColor.parse(required(to, "visual.to", "gradient"), "visual.to"));
            case "asset" -> new Image(AssetId.parse(required(assetId, "visual.assetId", "asset")), Fit.parse(fit));
            case "prompt" -> new Prompt(required(prompt, "visual.prompt", "prompt"));
            case "clip" -> clip(assetId, fit, prompt);
            default -> throw new InvalidValueException("visual.type",
                    "visual.type '" + type + "' is not supported; use color, gradient, asset, prompt or clip");
        };
    }

    private static Clip clip(String assetId, String fit, String prompt) {
        boolean hasAsset = assetId != null && !assetId.isBlank();
        boolean hasPrompt = prompt != null && !prompt.isBlank();
        if (hasAsset == hasPrompt) {
            throw new InvalidValueException(hasAsset ? "visual.prompt" : "visual.assetId", hasAsset
                    ? "a visual of type clip takes visual.assetId or visual.prompt, not both; remove one"
                    : "a visual of type clip needs visual.assetId (an uploaded video) or visual.prompt");
        }
        return hasAsset ? new Clip(AssetId.parse(assetId), Fit.parse(fit), null) : new Clip(null, Fit.COVER, prompt);
    }

    private static String required(String value, String field, String type) {
        if (value == null || value.isBlank()) {
            throw new InvalidValueException(field, "a visual of type " + type + " needs " + field);
        }
        return value;
    }
}
