package io.videogen.bootstrap.fuzz;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Tuple;

/**
 * Ways to spoil a JSON body, each drawn by jqwik: a value of the wrong type, a control character,
 * an unpaired surrogate or invalid UTF-8 in a text, a key given twice, deep nesting, huge numbers,
 * oversized strings, a callback port out of range, a cut-off or non-JSON body.
 */
final class BodyMutations {

    /** A spoiled body: its bytes, what was done, and whether the contract says it must be refused. */
    record Spoiled(byte[] bytes, String how, boolean mustRefuse) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** Control characters a text may not hold: all of C0 but tab, newline and carriage return, DEL and C1. */
    static Arbitrary<Character> forbiddenCharacters() {
        return Arbitraries.oneOf(Arbitraries.chars().range('\u0000', '\u0008'),
                Arbitraries.of('\u000b', '\u000c', '\u0000', '\u001b', '\u007f'),
                Arbitraries.chars().range('\u000e', '\u001f'), Arbitraries.chars().range('\u0080', '\u009f'));
    }

    static Arbitrary<String> hugeNumbers() {
        return Arbitraries.oneOf(Arbitraries.of("1e400", "-1e400", "1e-400", "99999999999999999999999999999999",
                        "-9223372036854775809", "1.0E+2147483647", "0.00000000000000000000000000000001", "-0",
                        "1E999999999"),
                Arbitraries.strings().numeric().ofMinLength(20).ofMaxLength(2000));
    }

    static Arbitrary<Spoiled> spoil(JsonNode body) {
        List<String> texts = paths(body, true);
        List<String> all = paths(body, false);
        List<Tuple.Tuple2<Integer, Arbitrary<Spoiled>>> ways = new ArrayList<>();
        add(ways, 4, Arbitraries.just(new Spoiled(bytes(body), "as documented", false)));
        if (!all.isEmpty()) {
            add(ways, 2, Arbitraries.of(all).flatMap(path -> wrongValues().map(value ->
                    new Spoiled(bytes(replaced(body, path, value)), "wrong type at " + path, false))));
            add(ways, 1, Arbitraries.of(all).flatMap(path -> hugeNumbers().map(number ->
                    new Spoiled(raw(body, path, number), "huge number at " + path, false))));
            add(ways, 1, Arbitraries.of(all).flatMap(path -> Arbitraries.integers().between(200, 5000).map(depth ->
                    new Spoiled(raw(body, path, "[".repeat(depth) + "1" + "]".repeat(depth)),
                            "nested " + depth + " deep at " + path, false))));
        }
        if (!texts.isEmpty()) {
            add(ways, 4, Arbitraries.of(texts).flatMap(path -> forbiddenCharacters().map(c ->
                    new Spoiled(bytes(withText(body, path, c)), "U+" + Integer.toHexString(c) + " in " + path, true))));
            add(ways, 1, Arbitraries.of(texts).flatMap(path -> Arbitraries.of("\\ud800", "\\udfff", "\\udc00x\\ud83d")
                    .map(escape -> new Spoiled(raw(body, path, "\"a" + escape + "b\""),
                            "unpaired surrogate in " + path, true))));
            add(ways, 1, Arbitraries.of(texts).flatMap(path -> Arbitraries.of(new byte[] {(byte) 0xc3, 0x28},
                    new byte[] {(byte) 0xff}, new byte[] {(byte) 0xed, (byte) 0xa0, (byte) 0x80},
                    new byte[] {(byte) 0xe2, (byte) 0x82}).map(bad -> new Spoiled(invalidUtf8(body, path, bad),
                    "invalid UTF-8 in " + path, true))));
            add(ways, 1, Arbitraries.of(texts).flatMap(path -> Arbitraries.integers().between(5_000, 400_000).map(n ->
                    new Spoiled(bytes(replaced(body, path, NODES.textNode("x".repeat(n)))),
                            n + " characters in " + path, false))));
        }
        List<String> urls = texts.stream().filter(path -> path.endsWith("Url")).toList();
        if (!urls.isEmpty()) {
            add(ways, 4, Arbitraries.of(urls).flatMap(path -> Arbitraries.of(0, 65536, 99999, 100000, 2147483647)
                    .map(port -> new Spoiled(bytes(replaced(body, path, NODES.textNode("https://example.com:" + port
                            + "/hook"))), "port " + port + " in " + path, true))));
        }
        if (body.isObject() && body.size() > 0) {
            add(ways, 2, Arbitraries.of(iterable(body.fieldNames())).flatMap(key -> wrongValues().map(value ->
                    new Spoiled(duplicated(body, key, value), "key " + key + " twice", true))));
        }
        byte[] whole = bytes(body);
        add(ways, 1, Arbitraries.integers().between(1, Math.max(1, whole.length - 1)).map(cut ->
                new Spoiled(java.util.Arrays.copyOf(whole, cut), "cut after " + cut + " bytes", true)));
        add(ways, 1, Arbitraries.bytes().array(byte[].class).ofMaxSize(300).map(noise ->
                new Spoiled(noise, "random bytes", false)));
        add(ways, 1, Arbitraries.of("null", "[]", "\"text\"", "42", "{}", "[{}]", "true")
                .map(other -> new Spoiled(other.getBytes(StandardCharsets.UTF_8), "body " + other, false)));
        return Arbitraries.frequencyOf(ways);
    }

    private static void add(List<Tuple.Tuple2<Integer, Arbitrary<Spoiled>>> ways, int weight,
                            Arbitrary<Spoiled> way) {
        ways.add(Tuple.of(weight, way));
    }

    private static Arbitrary<JsonNode> wrongValues() {
        return Arbitraries.of(NODES.numberNode(5), NODES.textNode("five"), NODES.booleanNode(true), NODES.nullNode(),
                NODES.arrayNode().add(1).add("two"), NODES.objectNode().put("nested", 1), NODES.numberNode(-1.5));
    }

    /** Paths of the body's values (of its text values only, if asked), as ObjectNode paths: a/b/0/c. */
    private static List<String> paths(JsonNode node, boolean textsOnly) {
        List<String> found = new ArrayList<>();
        collect(node, "", textsOnly, found);
        return found;
    }

    private static void collect(JsonNode node, String at, boolean textsOnly, List<String> found) {
        if (node.isObject()) {
            node.fields().forEachRemaining(field ->
                    collect(field.getValue(), at + "/" + field.getKey(), textsOnly, found));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collect(node.get(i), at + "/" + i, textsOnly, found);
            }
        }
        if (!at.isEmpty() && (!textsOnly || node.isTextual())) {
            found.add(at);
        }
    }

    private static JsonNode replaced(JsonNode body, String path, JsonNode value) {
        JsonNode copy = body.deepCopy();
        int slash = path.lastIndexOf('/');
        JsonNode parent = copy.at(path.substring(0, slash));
        String last = path.substring(slash + 1);
        if (parent instanceof ObjectNode object) {
            object.set(last, value);
        } else if (parent instanceof ArrayNode array) {
            array.set(Integer.parseInt(last), value);
        }
        return copy;
    }

    private static JsonNode withText(JsonNode body, String path, char c) {
        String text = body.at(path).asText();
        int at = text.length() / 2;
        return replaced(body, path, NODES.textNode(text.substring(0, at) + c + text.substring(at)));
    }

    /** The body with the value at {@code path} written as raw JSON text (to send what Jackson would not write). */
    private static byte[] raw(JsonNode body, String path, String json) {
        String marker = "\"@@fuzz@@\"";
        String text = new String(bytes(replaced(body, path, NODES.textNode("@@fuzz@@"))), StandardCharsets.UTF_8);
        return text.replace(marker, json).getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] invalidUtf8(JsonNode body, String path, byte[] bad) {
        byte[] marked = bytes(replaced(body, path, NODES.textNode("ab@@fuzz@@cd")));
        String text = new String(marked, StandardCharsets.ISO_8859_1);
        int at = text.indexOf("@@fuzz@@");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(marked, 0, at);
        out.writeBytes(bad);
        out.write(marked, at + 8, marked.length - at - 8);
        return out.toByteArray();
    }

    private static byte[] duplicated(JsonNode body, String key, JsonNode first) {
        String rest = new String(bytes(body), StandardCharsets.UTF_8).substring(1);
        return ("{" + JSON.valueToTree(Map.of(key, first)).toString().replaceAll("^\\{|}$", "") + "," + rest)
                .getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] bytes(JsonNode node) {
        try {
            return JSON.writeValueAsBytes(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> iterable(Iterator<String> names) {
        List<String> list = new ArrayList<>();
        names.forEachRemaining(list::add);
        return list;
    }
}
