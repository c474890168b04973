package io.videogen.bootstrap.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.videogen.application.render.OfflineRenderService;
import io.videogen.domain.media.Voice;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Whether a command-line render will have lines to say, told from the spec file's scene texts and
 * voice before the spec is read as a request (which takes half a second on a cold JVM), so the voice's
 * engine (MaryTTS: most of a re-render's start) can start at once beside it. A workspace remembers, in
 * {@value #FILE}, a fingerprint of every scene text with its voice that a render in it finished with;
 * a spec with a text not among them will say something. Only a forecast: it starts an engine early or
 * not, and the voice stage starts it anyway when a line is missing.
 */
final class NarrationForecast {

    /** In the workspace: one fingerprint of a voice and a scene text a render there said, a line each. */
    static final String FILE = "narration-said.txt";

    private final Path workspace;
    private final String voiceId;
    private final Set<String> lines;

    private NarrationForecast(Path workspace, String voiceId, Set<String> lines) {
        this.workspace = workspace;
        this.voiceId = voiceId;
        this.lines = lines;
    }

    /** The forecast for a spec file rendered in a workspace (none: a temporary one); never fails. */
    static NarrationForecast of(Path spec, Path workspace) {
        String voiceId = Voice.DEFAULT_ID;
        StringBuilder voice = new StringBuilder();
        List<String> texts = new java.util.ArrayList<>();
        try (JsonParser parser = new JsonFactory().createParser(spec.toFile())) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return new NarrationForecast(workspace, voiceId, Set.of());
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                JsonToken value = parser.nextToken();
                if ("voice".equals(field) && value == JsonToken.START_OBJECT) {
                    voiceId = voice(parser, voice, voiceId);
                } else if ("scenes".equals(field) && value == JsonToken.START_ARRAY) {
                    texts(parser, texts);
                } else {
                    parser.skipChildren();
                }
            }
        } catch (IOException | RuntimeException e) {
            return new NarrationForecast(workspace, voiceId, Set.of()); // the render reports the spec
        }
        Set<String> lines = new LinkedHashSet<>();
        texts.forEach(text -> lines.add(fingerprint(voice + "\n" + text)));
        return new NarrationForecast(workspace, voiceId, lines);
    }

    /** The voice the spec names, or the default. */
    String voiceId() {
        return voiceId;
    }

    /**
     * Whether the render will say a line, when the spec has scene texts (else the voice stage starts the
     * engine if it must): always in a temporary workspace; in one without a record, when it holds no
     * speech yet; else when a scene text with its voice is not in the record.
     */
    boolean newLinesLikely() {
        if (lines.isEmpty()) {
            return false;
        }
        if (workspace == null) {
            return true;
        }
        Set<String> said = said();
        if (said == null) {
            return !OfflineRenderService.holdsNarration(workspace);
        }
        return !said.containsAll(lines);
    }

    /** After a render that finished: the workspace's record gains this spec's lines. */
    void remember() {
        if (workspace == null || lines.isEmpty()) {
            return;
        }
        Set<String> said = said();
        Set<String> all = new LinkedHashSet<>(said == null ? Set.of() : said);
        if (all.addAll(lines)) {
            try {
                Files.write(workspace.resolve(FILE), all);
            } catch (IOException e) {
                // only a forecast: the next render starts its voice when the voice stage asks
            }
        }
    }

    private Set<String> said() {
        Path record = workspace.resolve(FILE);
        try {
            return Files.isRegularFile(record) ? new LinkedHashSet<>(Files.readAllLines(record)) : null;
        } catch (IOException e) {
            return null;
        }
    }

    /** Every scalar of the voice object into {@code voice}; its voiceId returned. */
    private static String voice(JsonParser parser, StringBuilder voice, String voiceId) throws IOException {
        String id = voiceId;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            JsonToken value = parser.nextToken();
            if (value.isScalarValue()) {
                voice.append(field).append('=').append(parser.getText()).append(';');
                if ("voiceId".equals(field) && value == JsonToken.VALUE_STRING) {
                    id = parser.getText();
                }
            } else {
                parser.skipChildren();
            }
        }
        return id;
    }

    /** The text of every scene object of the array. */
    private static void texts(JsonParser parser, List<String> texts) throws IOException {
        while (parser.nextToken() == JsonToken.START_OBJECT) {
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                JsonToken value = parser.nextToken();
                if ("text".equals(field) && value == JsonToken.VALUE_STRING) {
                    texts.add(parser.getText());
                } else {
                    parser.skipChildren();
                }
            }
        }
    }

    private static String fingerprint(String line) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(line.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
