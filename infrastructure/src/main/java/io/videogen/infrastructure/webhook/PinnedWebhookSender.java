package io.videogen.infrastructure.webhook;

import io.smallrye.mutiny.Uni;
import io.videogen.application.port.out.WebhookDeliveries.Attempt;
import io.videogen.application.port.out.WebhookSender;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.net.SocketAddress;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeoutException;

/**
 * Sends webhooks with the Vert.x HTTP client, safely for user-given URLs: the host is resolved and
 * checked right before each attempt, the connection goes to exactly the address that was checked
 * (the request still names the host, for the Host header, TLS SNI and certificate check), no
 * redirect is followed, connecting and waiting for the answer are bounded, and the answer's body
 * is never read: the status line decides, and the connection is closed.
 */
@ApplicationScoped
class PinnedWebhookSender implements WebhookSender {

    private static final String USER_AGENT = "videogen-webhooks/1";

    private final CallbackResolver resolver;
    private final HttpClient client;
    private final Duration connectTimeout;
    private final Duration readTimeout;

    PinnedWebhookSender(Vertx vertx, CallbackResolver resolver, WebhookConfig config) {
        this.resolver = resolver;
        this.connectTimeout = config.connectTimeout();
        this.readTimeout = config.readTimeout();
        this.client = vertx.createHttpClient(new HttpClientOptions()
                .setConnectTimeout((int) connectTimeout.toMillis())
                .setKeepAlive(false)
                .setVerifyHost(true)
                .setTrustAll(false)
                .setMaxRedirects(0)
                .setMaxHeaderSize(16 * 1024)
                .setName("videogen-webhooks"));
    }

    @Override
    public Uni<Attempt> post(URI url, Map<String, String> headers, String jsonBody) {
        return resolver.resolve(url)
                .chain(addresses -> send(url, addresses.get(0), headers, jsonBody))
                // a hard bound on the whole attempt, also against an answer trickling in byte by byte
                .ifNoItem().after(connectTimeout.plus(readTimeout).plusSeconds(1)).failWith(TimeoutException::new)
                .onFailure().recoverWithItem(PinnedWebhookSender::unanswered);
    }

    /** Posts to {@code address}, whatever the URL's host resolves to; the URL still gives Host, SNI and path. */
    Uni<Attempt> send(URI url, InetAddress address, Map<String, String> headers, String body) {
        boolean https = url.getScheme().toLowerCase(Locale.ROOT).equals("https");
        int port = url.getPort() != -1 ? url.getPort() : https ? 443 : 80;
        String path = url.getRawPath() == null || url.getRawPath().isEmpty() ? "/" : url.getRawPath();
        RequestOptions request = new RequestOptions()
                .setMethod(HttpMethod.POST)
                .setServer(SocketAddress.inetSocketAddress(new InetSocketAddress(address, port)))
                .setHost(url.getHost())
                .setPort(port)
                .setSsl(https)
                .setURI(url.getRawQuery() == null ? path : path + "?" + url.getRawQuery())
                .setFollowRedirects(false)
                .setConnectTimeout(connectTimeout.toMillis())
                .setIdleTimeout(readTimeout.toMillis())
                .putHeader("Content-Type", "application/json")
                .putHeader("User-Agent", USER_AGENT);
        headers.forEach(request::putHeader);
        return Uni.createFrom().completionStage(() -> client.request(request)
                .compose(outgoing -> outgoing.send(body))
                .map(PinnedWebhookSender::statusAndClose)
                .toCompletionStage());
    }

    private static Attempt statusAndClose(HttpClientResponse response) {
        int status = response.statusCode();
        response.request().connection().close();
        return Attempt.answered(status);
    }

    private static Attempt unanswered(Throwable failure) {
        if (failure instanceof CallbackResolver.RefusedAddressException) {
            return Attempt.refused("refused: callback host " + failure.getMessage());
        }
        if (failure instanceof UnknownHostException) {
            return Attempt.unanswered("the callback host cannot be resolved");
        }
        if (failure instanceof TimeoutException || failure.getClass().getSimpleName().contains("Timeout")) {
            return Attempt.unanswered("no answer in time");
        }
        String message = failure.getMessage();
        return Attempt.unanswered(message == null || message.isBlank() ? failure.getClass().getSimpleName()
                : message);
    }

    @PreDestroy
    void close() {
        client.close();
    }
}
