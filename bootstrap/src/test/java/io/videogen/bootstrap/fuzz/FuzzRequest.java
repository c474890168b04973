package io.videogen.bootstrap.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One request the harness sends: what it is, and what a correct service must do with it. Every
 * request must be answered without a 5xx; a request marked {@code mustRefuse} breaks a rule the
 * contract states (a control character in a text, a port out of range, a file that lies about its
 * size) and must also be refused with a 4xx.
 */
record FuzzRequest(String operation, String method, String path, Map<String, String> headers, byte[] body,
                   String mutation, boolean mustRefuse) {

    static FuzzRequest of(String operation, String method, String path, String mutation) {
        return new FuzzRequest(operation, method, path, new LinkedHashMap<>(), null, mutation, false);
    }

    FuzzRequest withBody(byte[] bytes) {
        return new FuzzRequest(operation, method, path, headers, bytes, mutation, mustRefuse);
    }

    FuzzRequest withHeader(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(name, value);
        return new FuzzRequest(operation, method, path, more, body, mutation, mustRefuse);
    }

    FuzzRequest withoutHeader(String name) {
        Map<String, String> fewer = new LinkedHashMap<>(headers);
        fewer.remove(name);
        return new FuzzRequest(operation, method, path, fewer, body, mutation, mustRefuse);
    }

    FuzzRequest mutated(String how, boolean refuse) {
        return new FuzzRequest(operation, method, path, headers, body, how, mustRefuse || refuse);
    }

    /** A line to reproduce it by hand: the method, path, mutation, headers and the start of the body. */
    String describe() {
        String text = body == null ? "" : new String(body, 0, Math.min(body.length, 300), StandardCharsets.UTF_8)
                .replaceAll("\\p{Cntrl}", "?");
        return method + " " + path + " [" + mutation + "] headers=" + headers.keySet() + " body=" + text;
    }
}
