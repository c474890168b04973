package io.videogen.bootstrap.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What every answer must be: never a 5xx; a 4xx is an RFC 9457 problem document with the
 * contract's code and its own status; no body shows a stack trace, SQL, a Java class or a file
 * path; and a request the contract forbids is refused, not accepted.
 */
final class ResponseOracle {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<Pattern> LEAKS = List.of(
            Pattern.compile("Exception"), Pattern.compile("\\bat [a-z]+\\.[a-z]+\\."), Pattern.compile("\\.java:\\d+"),
            Pattern.compile("(?i)\\bselect\\b[^\"]{1,200}\\bfrom\\b|\\binsert into\\b|\\bupdate \\w+ set\\b|\\bdelete from\\b"),
            Pattern.compile("(?i)\\bSQL\\s*state|\\bERROR:\\s|violates .* constraint|invalid byte sequence"),
            Pattern.compile("org\\.hibernate|io\\.vertx|io\\.quarkus|com\\.fasterxml|org\\.postgresql"),
            Pattern.compile("/(work|tmp|root|home|var|opt)/"));

    private ResponseOracle() {
    }

    /** What is wrong with the answer, or empty when it is right. */
    static Optional<String> judge(FuzzRequest request, HttpResponse<byte[]> response) {
        int status = response.statusCode();
        String body = new String(response.body(), StandardCharsets.UTF_8);
        if (status >= 500) {
            return Optional.of("answered " + status);
        }
        for (Pattern leak : LEAKS) {
            if (leak.matcher(body).find()) {
                return Optional.of("leaked internals (" + leak + ")");
            }
        }
        if (request.mustRefuse() && status < 400) {
            return Optional.of("accepted with " + status + " what must be refused");
        }
        if (status >= 400) {
            String type = response.headers().firstValue("Content-Type").orElse("");
            if (!type.startsWith("application/problem+json")) {
                return Optional.of("answered " + status + " as '" + type + "', not application/problem+json");
            }
            try {
                JsonNode problem = JSON.readTree(response.body());
                if (problem == null || !problem.path("code").isTextual() || problem.path("status").asInt() != status
                        || !problem.path("detail").isTextual()) {
                    return Optional.of("answered " + status + " with a problem lacking code, status or detail");
                }
            } catch (java.io.IOException e) {
                return Optional.of("answered " + status + " with a problem+json body that is not JSON");
            }
        }
        return Optional.empty();
    }
}
