package io.videogen.bootstrap.fuzz;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import net.jqwik.api.RandomGenerator;
import net.jqwik.api.sessions.JqwikSession;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;

/**
 * The fuzzing harness (docs/testing.md): requests for every operation of the service's own OpenAPI
 * document, their bodies, headers, query parameters and ids mutated by jqwik, sent to the real
 * service with its real PostgreSQL. Every answer must pass {@link ResponseOracle}.
 *
 * <p>CI runs a fixed seed; {@code -Dvideogen.fuzz.tries=50000 -Dvideogen.fuzz.seed=<any>} runs longer
 * locally. A failure lists each distinct defect once, with a request to reproduce it.
 */
@QuarkusTest
class ApiFuzzTest {

    private static final Logger LOG = Logger.getLogger(ApiFuzzTest.class);
    private static final long SEED = Long.getLong("videogen.fuzz.seed", 20261204L);
    private static final int TRIES = Integer.getInteger("videogen.fuzz.tries", 3000);
    private static final int RENEW_EVERY = 300;
    private static final int GENERATION_SIZE = 1000;
    private static final int CLIENTS = Integer.getInteger("videogen.fuzz.clients", 4);

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    @Test
    void noInputGetsAServerErrorALeakOrAcceptedWhenItBreaksTheContract() throws Exception {
        ApiDocument document = new ApiDocument(new ObjectMapper().readTree(
                given().queryParam("format", "json").get("/q/openapi").then().statusCode(200).extract().asByteArray()));
        List<ApiDocument.Operation> operations = document.operations();
        assertThat(operations).as("operations in the OpenAPI document").hasSizeGreaterThan(30);
        Fixtures fixtures = new Fixtures();
        FuzzRequests requests = new FuzzRequests(operations, new BodySynthesizer(document, fixtures), fixtures);
        String base = "http://localhost:" + RestAssured.port;

        Map<String, String> defects = new java.util.concurrent.ConcurrentSkipListMap<>();
        Map<String, Integer> statuses = new java.util.concurrent.ConcurrentSkipListMap<>();
        java.util.concurrent.atomic.AtomicInteger sent = new java.util.concurrent.atomic.AtomicInteger();
        long started = System.nanoTime();
        java.util.concurrent.ExecutorService clients = java.util.concurrent.Executors.newFixedThreadPool(CLIENTS);
        JqwikSession.start();
        try {
            Random random = new Random(SEED);
            RandomGenerator<FuzzRequest> generator = requests.requests().generator(GENERATION_SIZE);
            for (int from = 0; from < TRIES; from += RENEW_EVERY) {
                if (from > 0) {
                    fixtures.renew(); // the batch before may have deleted or spoiled them
                }
                // drawn in order from the seed, sent by a few clients at once, as a service is used
                List<java.util.concurrent.Callable<Void>> batch = new java.util.ArrayList<>();
                for (int i = from; i < Math.min(TRIES, from + RENEW_EVERY); i++) {
                    FuzzRequest request = generator.next(random).value();
                    int number = i;
                    batch.add(() -> {
                        attempt(base, number, request, sent, statuses, defects);
                        return null;
                    });
                }
                for (java.util.concurrent.Future<Void> done : clients.invokeAll(batch)) {
                    done.get();
                }
            }
        } finally {
            JqwikSession.finish();
            clients.shutdownNow();
        }
        LOG.infof("fuzzed %d requests (seed %d) over %d operations in %d s; answers: %s", sent.get(), SEED,
                operations.size(), (System.nanoTime() - started) / 1_000_000_000L, statuses);
        StringBuilder report = new StringBuilder();
        defects.forEach((kind, example) -> report.append("\n- ").append(kind).append("\n    ").append(example));
        assertThat(sent.get()).as("requests sent").isGreaterThan(TRIES * 9 / 10);
        assertThat(defects).as("%d kinds of defect (seed %d):%s", defects.size(), SEED, report).isEmpty();
    }

    /** Sends one request and judges its answer; a wrong answer is kept once per kind of defect. */
    private void attempt(String base, int number, FuzzRequest request, java.util.concurrent.atomic.AtomicInteger sent,
                      Map<String, Integer> statuses, Map<String, String> defects) throws Exception {
        Optional<HttpRequest> built = build(base, request);
        if (built.isEmpty()) {
            return; // a header value or URL the client library itself refuses to send
        }
        HttpResponse<byte[]> response = send(built.get());
        sent.incrementAndGet();
        statuses.merge(request.operation() + " " + response.statusCode(), 1, Integer::sum);
        ResponseOracle.judge(request, response).ifPresent(verdict -> defects.putIfAbsent(
                request.operation() + " | " + verdict + " | " + request.mutation().replaceAll("\\d+", "N"),
                "#" + number + " " + request.describe() + "\n      -> " + response.statusCode() + " "
                        + new String(response.body(), 0, Math.min(300, response.body().length),
                        java.nio.charset.StandardCharsets.UTF_8)));
    }

    /** Sends the request and reads the answer; an event stream that stays open is left after its headers. */
    private HttpResponse<byte[]> send(HttpRequest request) throws Exception {
        HttpResponse<java.io.InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
        byte[] body;
        try (java.io.InputStream in = response.body()) {
            boolean stream = response.headers().firstValue("Content-Type").orElse("").startsWith("text/event-stream");
            body = stream ? new byte[0] : in.readAllBytes();
        }
        return new ReadResponse(response, body);
    }

    /** An answer with its body read. */
    private record ReadResponse(HttpResponse<java.io.InputStream> response, byte[] body)
            implements HttpResponse<byte[]> {
        @Override
        public int statusCode() {
            return response.statusCode();
        }

        @Override
        public HttpRequest request() {
            return response.request();
        }

        @Override
        public Optional<HttpResponse<byte[]>> previousResponse() {
            return Optional.empty();
        }

        @Override
        public java.net.http.HttpHeaders headers() {
            return response.headers();
        }

        @Override
        public Optional<javax.net.ssl.SSLSession> sslSession() {
            return response.sslSession();
        }

        @Override
        public URI uri() {
            return response.uri();
        }

        @Override
        public HttpClient.Version version() {
            return response.version();
        }
    }

    private static Optional<HttpRequest> build(String base, FuzzRequest request) {
        try {
            HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + request.path()))
                    .timeout(Duration.ofSeconds(30))
                    .method(request.method(), request.body() == null ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofByteArray(request.body()));
            request.headers().forEach(builder::header);
            return Optional.of(builder.build());
        } catch (IllegalArgumentException refusedByTheClient) {
            return Optional.empty();
        }
    }
}
