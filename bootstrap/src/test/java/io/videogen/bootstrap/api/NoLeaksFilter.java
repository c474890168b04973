package io.videogen.bootstrap.api;

import io.restassured.RestAssured;
import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Checks every response of the client API the tests receive: never a 500, and no stack trace, SQL,
 * Java class or file path in a JSON body. Installed once for the whole test JVM.
 */
final class NoLeaksFilter implements Filter {

    private static final List<Pattern> LEAKS = List.of(
            Pattern.compile("Exception"), Pattern.compile("\\bat [a-z]+\\.[a-z]+\\."), Pattern.compile("\\.java:\\d+"),
            Pattern.compile("(?i)\\b(select|insert|update|delete)\\b.+\\b(from|into|set|where)\\b"),
            Pattern.compile("org\\.hibernate|io\\.vertx|io\\.quarkus"), Pattern.compile("/(work|tmp|root|home)/"));
    private static volatile boolean installed;

    static synchronized void install() {
        if (!installed) {
            RestAssured.filters(new NoLeaksFilter());
            installed = true;
        }
    }

    @Override
    public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification response,
                           FilterContext context) {
        Response answer = context.next(request, response);
        String path = request.getURI().replaceFirst("^https?://[^/]+", "");
        if (path.startsWith("/q/") || path.startsWith("/test/")) {
            // operators' endpoints (health data names the media directory) and test-only endpoints
            // that fail on purpose are not the client API this filter guards
            return answer;
        }
        String where = request.getMethod() + " " + request.getURI();
        // 503: a dependency is down; 502 SCRIPT_GENERATION_FAILED: a language model answered with no script
        boolean upstreamAnswer = answer.statusCode() == 502 && answer.asString().contains("SCRIPT_GENERATION_FAILED");
        if (answer.statusCode() >= 500 && answer.statusCode() != 503 && !upstreamAnswer) {
            throw new AssertionError(where + " answered " + answer.statusCode() + ": " + answer.asString());
        }
        String type = answer.contentType() == null ? "" : answer.contentType();
        if (type.contains("json")) {
            String body = answer.asString();
            for (Pattern leak : LEAKS) {
                if (leak.matcher(body).find()) {
                    throw new AssertionError(where + " leaked internals (" + leak + "): " + body);
                }
            }
        }
        return answer;
    }
}
