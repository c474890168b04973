package io.videogen.bootstrap.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * Requests for every operation of the document, drawn by jqwik: the operation, its path ids, its
 * body (made from its schema, then spoiled), its query parameters and headers, each maybe mutated.
 */
final class FuzzRequests {

    private static final String OTHER_PATH_PARAMETER = "\\{[^}]+}";
    private static final String BOUNDARY = "fuzz-boundary-7MA4YWxkTrZu0gW";

    private final List<ApiDocument.Operation> operations;
    private final BodySynthesizer bodies;
    private final Fixtures fixtures;

    FuzzRequests(List<ApiDocument.Operation> operations, BodySynthesizer bodies, Fixtures fixtures) {
        this.operations = operations;
        this.bodies = bodies;
        this.fixtures = fixtures;
    }

    Arbitrary<FuzzRequest> requests() {
        // operations that take a body have the most to get wrong: they are drawn three times as often,
        // but for the two that hash a password (bcrypt, deliberately slow)
        List<ApiDocument.Operation> weighted = new ArrayList<>();
        for (ApiDocument.Operation operation : operations) {
            boolean hashes = operation.path().endsWith("/auth/register") || operation.path().endsWith("/auth/token");
            int times = operation.bodySchema().isPresent() && !hashes ? 3 : 1;
            for (int i = 0; i < times; i++) {
                weighted.add(operation);
            }
        }
        return Arbitraries.of(weighted).flatMap(operation -> Combinators.combine(
                Arbitraries.randoms(), pathId(operation), pathName(operation), body(operation), query(operation),
                headers(operation))
                .as((random, id, name, body, query, header) -> assemble(operation, random, id, name, body, query,
                        header)));
    }

    private FuzzRequest assemble(ApiDocument.Operation operation, Random random, String id, String name,
                                 FuzzRequest body, String query, FuzzRequest headers) {
        String path = operation.path().replace("{id}", id).replaceAll(OTHER_PATH_PARAMETER, java.util.regex.Matcher.quoteReplacement(name))
                + query;
        java.util.Map<String, String> merged = new java.util.LinkedHashMap<>(body.headers());
        merged.putAll(headers.headers());
        FuzzRequest request = new FuzzRequest(operation.name(), operation.method(), path, merged,
                body.body(), join(body.mutation(), headers.mutation(), query.isEmpty() ? "" : "query " + query),
                body.mustRefuse() || headers.mustRefuse());
        if (!request.headers().containsKey("Authorization") && random.nextInt(20) != 0) {
            request = request.withHeader("Authorization", "Bearer " + fixtures.tokenFor(operation.path()));
        }
        if ((operation.method().equals("PATCH") || operation.method().equals("PUT"))
                && !request.headers().containsKey("If-Match") && path.equals(operation.path().replace("{id}", id))
                && random.nextInt(4) != 0) {
            request = request.withHeader("If-Match", fixtures.etagOf(path));
        }
        return request;
    }

    /**
     * A value for a path parameter that is not an id ({@code {name}} of a flag or a provider): never a
     * real name, so the run cannot switch off a feature (registration) the fixtures and other tests need.
     */
    private Arbitrary<String> pathName(ApiDocument.Operation operation) {
        if (!operation.path().replace("{id}", "").contains("{")) {
            return Arbitraries.just("");
        }
        return Arbitraries.frequencyOf(
                Tuple.of(6, Arbitraries.strings().alpha().numeric().withChars('-').ofMinLength(1).ofMaxLength(40)
                        .map(name -> "fuzz-" + name)),
                Tuple.of(1, HeaderMutations.oddIds()));
    }

    private Arbitrary<String> pathId(ApiDocument.Operation operation) {
        if (!operation.path().contains("{id}")) {
            return Arbitraries.just("");
        }
        return Arbitraries.frequencyOf(
                Tuple.of(6, Arbitraries.create(() -> fixtures.idFor(operation.path()))),
                Tuple.of(1, HeaderMutations.oddIds()),
                Tuple.of(1, Arbitraries.create(() -> java.util.UUID.randomUUID().toString())));
    }

    /** The body and its Content-Type (as a request holding only those), spoiled or not. */
    private Arbitrary<FuzzRequest> body(ApiDocument.Operation operation) {
        Arbitrary<FuzzRequest> content;
        if (operation.bodyType().map(type -> type.startsWith("multipart/")).orElse(false)) {
            content = uploads();
        } else if (operation.bodySchema().isPresent()) {
            String type = operation.bodyType().orElse("application/json");
            content = Arbitraries.randoms().flatMap(random -> {
                JsonNode valid = bodies.body(operation.bodySchema().get(), random);
                return BodyMutations.spoil(valid).map(spoiled -> FuzzRequest.of("", "", "", spoiled.how())
                        .withBody(spoiled.bytes()).withHeader("Content-Type", type)
                        .mutated(spoiled.how(), spoiled.mustRefuse()));
            });
        } else {
            content = Arbitraries.frequencyOf(
                    Tuple.of(8, Arbitraries.just(FuzzRequest.of("", "", "", ""))),
                    Tuple.of(1, Arbitraries.just(FuzzRequest.of("", "", "", "unexpected body")
                            .withBody("{\"a\":1}".getBytes(StandardCharsets.UTF_8))
                            .withHeader("Content-Type", "application/json"))));
        }
        return Arbitraries.frequencyOf(
                Tuple.of(8, content),
                Tuple.of(1, content.flatMap(request -> HeaderMutations.unparseableContentTypes()
                        .map(type -> request.withHeader("Content-Type", type)
                                .mutated(request.mutation() + ", Content-Type '" + type + "'",
                                        request.body() != null && request.body().length > 0)))),
                Tuple.of(1, content.flatMap(request -> HeaderMutations.otherContentTypes()
                        .map(type -> request.withHeader("Content-Type", type)
                                .mutated(request.mutation() + ", Content-Type '" + type + "'", false)))),
                Tuple.of(1, content.map(request -> request.withoutHeader("Content-Type")
                        .mutated(request.mutation() + ", no Content-Type", false))));
    }

    private Arbitrary<FuzzRequest> uploads() {
        Arbitrary<FuzzRequest> sound = Arbitraries.of(SampleMedia.sound()).map(sample ->
                upload(sample.fileName(), sample.contentType(), sample.bytes(), "file", "upload " + sample.fileName(),
                        false));
        Arbitrary<FuzzRequest> lying = Arbitraries.of(SampleMedia.lyingAboutTheirSize()).map(sample ->
                upload(sample.fileName(), sample.contentType(), sample.bytes(), "file",
                        "upload " + sample.fileName() + " (declared size is a lie)", true));
        Arbitrary<FuzzRequest> noise = Arbitraries.bytes().array(byte[].class).ofMinSize(1).ofMaxSize(2000).map(bytes ->
                upload("noise.bin", "application/octet-stream", bytes, "file", "upload random bytes", true));
        Arbitrary<FuzzRequest> oddNames = Combinators.combine(BodyMutations.forbiddenCharacters(),
                Arbitraries.of(SampleMedia.sound())).as((c, sample) -> upload("pic" + c + "ture.png",
                sample.contentType(), sample.bytes(), "file", "U+" + Integer.toHexString(c) + " in the file name",
                true));
        Arbitrary<FuzzRequest> wrongPart = Arbitraries.of("upload", "File", "").map(part ->
                upload("picture.png", "image/png", SampleMedia.image("png"), part, "part named '" + part + "'", true));
        return Arbitraries.oneOf(sound, lying, noise, oddNames, wrongPart);
    }

    private static FuzzRequest upload(String fileName, String type, byte[] bytes, String part, String how,
                                      boolean mustRefuse) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + part + "\"; filename=\""
                + fileName + "\"\r\nContent-Type: " + type + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        out.writeBytes(bytes);
        out.writeBytes(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return FuzzRequest.of("", "", "", how).withBody(out.toByteArray())
                .withHeader("Content-Type", "multipart/form-data; boundary=" + BOUNDARY).mutated(how, mustRefuse);
    }

    private static Arbitrary<String> query(ApiDocument.Operation operation) {
        if (operation.query().isEmpty()) {
            return Arbitraries.just("");
        }
        return Arbitraries.frequencyOf(Tuple.of(3, Arbitraries.just("")),
                Tuple.of(1, Arbitraries.of(operation.query()).flatMap(parameter ->
                        HeaderMutations.oddQueryValues().map(value -> "?" + parameter.name() + "=" + value))));
    }

    private static Arbitrary<FuzzRequest> headers(ApiDocument.Operation operation) {
        return Arbitraries.frequencyOf(Tuple.of(4, Arbitraries.just(FuzzRequest.of("", "", "", ""))),
                Tuple.of(1, HeaderMutations.oddHeaders().map(header -> FuzzRequest.of("", "", "",
                        header[0] + " '" + abbreviate(header[1]) + "'").withHeader(header[0], header[1]))));
    }

    private static String abbreviate(String text) {
        return text.length() > 40 ? text.substring(0, 40) + "…(" + text.length() + ")" : text;
    }

    private static String join(String... parts) {
        List<String> present = new ArrayList<>();
        for (String part : parts) {
            if (part != null && !part.isEmpty()) {
                present.add(part);
            }
        }
        return String.join(", ", present);
    }
}
