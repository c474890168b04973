package io.videogen.presentation.rest.batch;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.videogen.application.port.in.VideoDraft;
import io.videogen.domain.shared.InvalidValueException;
import io.videogen.presentation.rest.common.JsonBodies;
import io.videogen.presentation.rest.video.CreateVideoRequest;
import io.videogen.presentation.rest.video.VideoDrafts;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One draft per row: the spec with the row's values added to its variables (a row's value wins
 * over the spec's), made by the same {@link VideoDrafts} as a single video. A value the draft refuses
 * is named by its row: {@code rows[3].name}.
 */
@ApplicationScoped
public class BatchDrafts {

    private final VideoDrafts drafts;
    private final JsonBodies bodies;
    private final ObjectMapper json;

    public BatchDrafts(VideoDrafts drafts, JsonBodies bodies, ObjectMapper json) {
        this.drafts = drafts;
        this.bodies = bodies;
        this.json = json;
    }

    List<VideoDraft> of(CreateVideoRequest spec, List<Map<String, String>> rows) {
        List<VideoDraft> made = new ArrayList<>();
        for (int row = 0; row < rows.size(); row++) {
            Map<String, String> values = rows.get(row);
            if (values == null) {
                throw new InvalidValueException("rows[" + row + "]", "row " + row + " is null; give an object of "
                        + "variable values");
            }
            made.add(draft(spec, values, row));
        }
        return made;
    }

    /** The spec of a multipart request, read as the JSON body of POST /api/v1/videos would be. */
    CreateVideoRequest spec(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidValueException("spec", "send the spec as a multipart part named 'spec' holding a "
                    + "POST /api/v1/videos body");
        }
        byte[] bytes = text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        io.videogen.presentation.input.JsonBodyGuard.check(bytes);
        try {
            return bodies.read(json.readTree(bytes), CreateVideoRequest.class);
        } catch (java.io.IOException e) {
            throw new InvalidValueException("spec", "the spec part is not valid JSON; check quotes, commas and "
                    + "brackets");
        }
    }

    private VideoDraft draft(CreateVideoRequest spec, Map<String, String> values, int row) {
        ObjectNode tree = json.valueToTree(spec);
        ObjectNode variables = tree.path("variables").isObject() ? (ObjectNode) tree.get("variables")
                : tree.putObject("variables");
        values.forEach((name, value) -> {
            if (value == null) {
                throw new InvalidValueException("rows[" + row + "]." + name, "row " + row + ": '" + name
                        + "' has no value; give a string (\"\" for nothing) or leave it out");
            }
            variables.put(name, value);
        });
        try {
            return drafts.toDraft(bodies.read(tree, CreateVideoRequest.class));
        } catch (InvalidValueException e) {
            String field = e.field().startsWith("variables.") ? e.field().substring("variables.".length()) : e.field();
            throw new InvalidValueException("rows[" + row + "]." + field, "row " + row + ": " + e.getMessage());
        }
    }
}
