package io.videogen.infrastructure.ai;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;

/**
 * The one HTTP client of the provider adapters (docs/adr/0012): JSON or bytes out, bytes back, a
 * non-2xx answer turned into a {@link ProviderHttpException} with the provider's {@code Retry-After}.
 * Redirects are not followed. Keys travel only in headers and never appear in a message: an error
 * body that echoes the key has it cut out.
 */
public final class ProviderHttp {

    private static final int REASON_LENGTH = 300;

    private final HttpClient client;

    public ProviderHttp(Duration connectTimeout) {
        this.client = HttpClient.newBuilder().connectTimeout(connectTimeout)
                .followRedirects(HttpClient.Redirect.NEVER).version(HttpClient.Version.HTTP_1_1).build();
    }

    /** POSTs a JSON body; answers the response body of a 2xx. */
    public Answer postJson(URI uri, String json, Map<String, String> headers, Optional<String> secret,
                           Duration timeout) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(timeout)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        headers.forEach(request::header);
        return send(request.build(), secret);
    }

    public Answer get(URI uri, Map<String, String> headers, Optional<String> secret, Duration timeout) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(timeout).GET();
        headers.forEach(request::header);
        return send(request.build(), secret);
    }

    /**
     * GETs a large body straight into a file, whole or not at all (written under a temporary name and
     * moved into place).
     *
     * @return false, with no file written, when the body is longer than {@code maxBytes}
     */
    public boolean download(URI uri, Map<String, String> headers, Optional<String> secret, Duration timeout,
                            Path target, long maxBytes) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri).timeout(timeout).GET();
        headers.forEach(builder::header);
        HttpRequest request = builder.build();
        HttpResponse<InputStream> response = exchange(request, secret, HttpResponse.BodyHandlers.ofInputStream());
        Path partial = target.resolveSibling(target.getFileName() + ".partial");
        try (InputStream body = response.body()) {
            int status = response.statusCode();
            if (status / 100 != 2) {
                throw failed(status, response.headers().firstValue("Retry-After").orElse(null),
                        body.readNBytes(REASON_LENGTH * 2), secret);
            }
            long copied = 0;
            try (OutputStream out = Files.newOutputStream(partial)) {
                byte[] buffer = new byte[64 * 1024];
                for (int read = body.read(buffer); read >= 0; read = body.read(buffer)) {
                    copied += read;
                    if (copied > maxBytes) {
                        return false;
                    }
                    out.write(buffer, 0, read);
                }
            }
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return true;
        } catch (IOException e) {
            throw new ProviderHttpException(0, null, "the download from " + uri.getHost() + ":" + uri.getPort()
                    + " broke off (" + e.getClass().getSimpleName() + ")", e);
        } finally {
            try {
                Files.deleteIfExists(partial);
            } catch (IOException e) {
                // nothing to add: the file is in the render's workspace, cleared with it
            }
        }
    }

    private Answer send(HttpRequest request, Optional<String> secret) {
        HttpResponse<byte[]> response = exchange(request, secret, HttpResponse.BodyHandlers.ofByteArray());
        int status = response.statusCode();
        if (status / 100 != 2) {
            throw failed(status, response.headers().firstValue("Retry-After").orElse(null), response.body(), secret);
        }
        return new Answer(status, response.headers().firstValue("Content-Type").orElse(""), response.body());
    }

    private static ProviderHttpException failed(int status, String retryAfterHeader, byte[] body,
                                                Optional<String> secret) {
        Duration retryAfter = retryAfterHeader == null ? null : retryAfter(retryAfterHeader).orElse(null);
        return new ProviderHttpException(status, retryAfter, "answered HTTP " + status + reason(body, secret), null);
    }

    private <T> HttpResponse<T> exchange(HttpRequest request, Optional<String> secret,
                                         HttpResponse.BodyHandler<T> handler) {
        try {
            return client.send(request, handler);
        } catch (HttpTimeoutException e) {
            throw new ProviderHttpException(0, null, "no answer within " + request.timeout().map(Duration::toString)
                    .orElse("the timeout"), e);
        } catch (IOException e) {
            throw new ProviderHttpException(0, null, "cannot reach " + request.uri().getHost() + ":"
                    + request.uri().getPort() + " (" + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + redact(e.getMessage(), secret)) + ")", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ProviderHttpException(0, null, "the call was interrupted", e);
        }
    }

    /** {@code Retry-After} as delta-seconds or an HTTP date. */
    static Optional<Duration> retryAfter(String value) {
        String trimmed = value.trim();
        try {
            long seconds = Long.parseLong(trimmed);
            return seconds < 0 ? Optional.empty() : Optional.of(Duration.ofSeconds(seconds));
        } catch (NumberFormatException notSeconds) {
            try {
                ZonedDateTime at = ZonedDateTime.parse(trimmed, DateTimeFormatter.RFC_1123_DATE_TIME);
                Duration until = Duration.between(ZonedDateTime.now(at.getZone()), at);
                return Optional.of(until.isNegative() ? Duration.ZERO : until);
            } catch (DateTimeParseException notDate) {
                return Optional.empty();
            }
        }
    }

    private static String reason(byte[] body, Optional<String> secret) {
        if (body == null || body.length == 0) {
            return "";
        }
        String text = new String(body, 0, Math.min(body.length, REASON_LENGTH * 2), StandardCharsets.UTF_8)
                .replaceAll("\\s+", " ").strip();
        text = redact(text, secret);
        return ": " + (text.length() > REASON_LENGTH ? text.substring(0, REASON_LENGTH) + "…" : text);
    }

    static String redact(String text, Optional<String> secret) {
        String out = text;
        if (secret.isPresent() && secret.get().length() >= 4) {
            out = out.replace(secret.get(), "[redacted]");
        }
        // vendors echo a partly masked key ("sk-abc…wxyz"); drop anything shaped like one
        return out.replaceAll("\\b(sk|xi|key)-[A-Za-z0-9_*.\\-]{6,}", "[redacted]");
    }

    /** A 2xx answer. */
    public record Answer(int status, String contentType, byte[] body) {

        public String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }
}
