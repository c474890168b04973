package io.videogen.bootstrap.fuzz;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/** Headers a careless or hostile client sends: malformed media types, tokens, versions, keys and ranges. */
final class HeaderMutations {

    private HeaderMutations() {
    }

    /** A Content-Type that does not parse; a body sent with it must be refused. */
    static Arbitrary<String> unparseableContentTypes() {
        return Arbitraries.of("", " ", "application/json, text/plain", "application/", "/json", "json", "a/b/c",
                "text/plain, application/json", "multipart/form-data; boundary=", "multipart/form-data");
    }

    /**
     * A Content-Type that parses, if leniently (empty or odd parameters are tolerated), but is not the
     * one the operation takes, or names an odd charset.
     */
    static Arbitrary<String> otherContentTypes() {
        return Arbitraries.of("text/plain", "application/xml", "application/x-www-form-urlencoded",
                "application/json;;;=", "application/json; charset", "application/json; =utf-8",
                "application/json; charset=\"utf-8", "application/octet-stream",
                "application/json; charset=utf-16", "application/json; charset=no-such-charset",
                "application/json; charset=iso-8859-1", "application/problem+json", "image/png", "*/*");
    }

    /** Another header, set to something odd: name and value. */
    static Arbitrary<String[]> oddHeaders() {
        Arbitrary<String> long_ = Arbitraries.strings().alpha().ofMinLength(2000).ofMaxLength(7000);
        return Arbitraries.oneOf(
                Arbitraries.of("Bearer", "Bearer ", "Bearer a.b.c", "Bearer eyJhbGciOiJub25lIn0.e30.", "Basic YTpi",
                        "bearer  x", "Bearer \u00e9\u00e8", "Token abc").map(v -> new String[] {"Authorization", v}),
                long_.map(v -> new String[] {"Authorization", "Bearer " + v}),
                Arbitraries.of("*", "\"abc\"", "W/\"1\"", "\"99999999999999999999999\"", "\"-1\"", "\"1\", \"2\"",
                        "\"", "garbage").map(v -> new String[] {"If-Match", v}),
                Arbitraries.of("", " ", "\u00e9t\u00e9", "a b c").map(v -> new String[] {"Idempotency-Key", v}),
                long_.map(v -> new String[] {"Idempotency-Key", v}),
                Arbitraries.of("application/xml", "*/*;q=x", "text/html;;", "application/json;q=0", "/",
                        "image/*").map(v -> new String[] {"Accept", v}),
                Arbitraries.of("bytes=abc", "bytes=-", "bytes=5-1", "bytes=0-99999999999999999999", "lines=1-2",
                        "bytes=0-1,2-3,4-5").map(v -> new String[] {"Range", v}),
                Arbitraries.of("", "\u00e9", "x".repeat(500)).map(v -> new String[] {"X-Request-Id", v}),
                Arbitraries.of("1.2.3.4, x", "not-an-address", "::::").map(v -> new String[] {"X-Forwarded-For", v}));
    }

    /** Query values of the wrong type or out of range. */
    static Arbitrary<String> oddQueryValues() {
        return Arbitraries.oneOf(Arbitraries.of("-1", "0", "99999999999999999999", "1e3", "abc", "", "%00", "%ZZ",
                        "%C3%28", "processing%00", "null", "2147483648", "%E2%80%AE"),
                BodyMutations.hugeNumbers());
    }

    /** Path segments that are no id of anything. */
    static Arbitrary<String> oddIds() {
        return Arbitraries.oneOf(Arbitraries.of("not-a-uuid", "00000000-0000-0000-0000-000000000000", "%00", "%ZZ",
                        "..", "%2e%2e", "%C3%28", "1", "-", "%20", "ffffffff-ffff-ffff-ffff-ffffffffffff"),
                Arbitraries.strings().alpha().numeric().ofMinLength(37).ofMaxLength(600));
    }
}
