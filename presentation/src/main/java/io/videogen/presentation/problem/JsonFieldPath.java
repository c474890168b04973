package io.videogen.presentation.problem;

import com.fasterxml.jackson.databind.JsonMappingException;

/** Where in a request body Jackson stopped, as clients write it: {@code scenes[1].visual.type}. */
public final class JsonFieldPath {

    private JsonFieldPath() {
    }

    /** The path, or an empty string when the problem is the body as a whole. */
    public static String of(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : e.getPath()) {
            if (reference.getFieldName() != null) {
                if (path.length() > 0) {
                    path.append('.');
                }
                path.append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }
}
