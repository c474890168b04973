package io.videogen.presentation.input;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import io.videogen.domain.shared.InvalidValueException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Reads every JSON request body once before it is bound, and refuses what no field of the API
 * may hold, naming the field: text that breaks the {@link TextRule}, a key given twice in one
 * object (which would leave it to the parser which value counts), and nesting deeper than any
 * request of the contract. Anything that is not JSON at all is left to the parser and its mapper.
 */
@Provider
public class JsonBodyGuard implements ReaderInterceptor {

    /** The deepest request of the contract nests five levels; this leaves room without inviting abuse. */
    static final int DEEPEST = 32;
    private static final JsonFactory JSON = JsonFactory.builder()
            .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        if (!boundAsJson(context.getMediaType())) {
            return context.proceed();
        }
        byte[] body = context.getInputStream().readAllBytes();
        check(body);
        context.setInputStream(new ByteArrayInputStream(body));
        return context.proceed();
    }

    /** Whether the JSON reader takes the body: JSON by name, or a wildcard or no type that it accepts too. */
    static boolean boundAsJson(MediaType type) {
        return type == null || type.isWildcardType() || type.isWildcardSubtype()
                || type.getSubtype().toLowerCase(java.util.Locale.ROOT).endsWith("json");
    }

    /** @throws InvalidValueException for the first field that breaks a rule */
    public static void check(byte[] body) {
        try (InputStream in = new ByteArrayInputStream(body); JsonParser parser = JSON.createParser(in)) {
            Deque<Boolean> open = new ArrayDeque<>();
            JsonToken token;
            while ((token = parser.nextToken()) != null) {
                switch (token) {
                    case START_OBJECT, START_ARRAY -> {
                        open.push(Boolean.TRUE);
                        if (open.size() > DEEPEST) {
                            throw new InvalidValueException(path(parser.getParsingContext().getParent()),
                                    "nests deeper than " + DEEPEST + " levels; no request of the API needs that");
                        }
                    }
                    case END_OBJECT, END_ARRAY -> open.poll();
                    case FIELD_NAME -> TextRule.violation(parser.currentName()).ifPresent(why -> {
                        throw new InvalidValueException(path(parser.getParsingContext()), "the field name " + why);
                    });
                    case VALUE_STRING -> {
                        String text = parser.getText();
                        TextRule.violation(text).ifPresent(why -> {
                            throw new InvalidValueException(path(parser.getParsingContext()), why);
                        });
                    }
                    default -> {
                    }
                }
            }
        } catch (JsonParseException e) {
            if (e.getMessage() != null && e.getMessage().startsWith("Duplicate field")) {
                JsonParser at = (JsonParser) e.getProcessor();
                String field = path(at == null ? null : at.getParsingContext());
                throw new InvalidValueException(field, "is given twice; send each field once");
            }
            // not JSON (or not UTF-8): the parser that binds the body refuses it with its own message
        } catch (IOException e) {
            // the same: left to the binding parser
        }
    }

    /** The path of the value the context stands at, as clients write it: {@code scenes[1].text}. */
    static String path(JsonStreamContext context) {
        Deque<String> parts = new ArrayDeque<>();
        for (JsonStreamContext at = context; at != null && !at.inRoot(); at = at.getParent()) {
            if (at.inObject() && at.getCurrentName() != null) {
                parts.push(at.getCurrentName());
            } else if (at.inArray()) {
                parts.push("[" + Math.max(0, at.getCurrentIndex()) + "]");
            }
        }
        StringBuilder path = new StringBuilder();
        for (String part : parts) {
            if (path.length() > 0 && !part.startsWith("[")) {
                path.append('.');
            }
            path.append(part);
        }
        return path.length() == 0 ? "body" : path.toString();
    }
}
