package io.videogen.bootstrap.health;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javax.net.ssl.SSLSocketFactory;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;

/**
 * Redis answers PING at every configured address ({@code redis://[user:password@]host:port}, or
 * {@code rediss://} for TLS), authenticating first when the URL carries a password. It speaks the
 * few bytes of RESP it needs over a plain socket, so it works before any Redis client is on the
 * class path; the password never appears in the response.
 */
final class RedisPing implements HealthCheck {

    static final String NAME = "redis";

    private final List<URI> servers;
    private final Duration timeout;

    RedisPing(List<URI> servers, Duration timeout) {
        this.servers = List.copyOf(servers);
        this.timeout = timeout;
    }

    /** {@code quarkus.redis.hosts}: comma-separated URLs. */
    static RedisPing of(String hosts, Duration timeout) {
        List<URI> servers = new ArrayList<>();
        for (String host : hosts.split(",")) {
            if (!host.isBlank()) {
                servers.add(URI.create(host.strip()));
            }
        }
        return new RedisPing(servers, timeout);
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder check = HealthCheckResponse.named(NAME);
        List<String> addresses = new ArrayList<>();
        for (URI server : servers) {
            String address = server.getHost() + ":" + port(server);
            addresses.add(address);
            String problem = ping(server);
            if (problem != null) {
                return Reasons.down(check.withData("servers", String.join(",", addresses)),
                        "Redis at " + address + " " + problem);
            }
        }
        return check.up().withData("servers", String.join(",", addresses)).build();
    }

    /** Null when Redis answered PONG, else what went wrong. */
    private String ping(URI server) {
        int millis = (int) timeout.toMillis();
        try (Socket socket = "rediss".equalsIgnoreCase(server.getScheme())
                ? SSLSocketFactory.getDefault().createSocket() : new Socket()) {
            socket.connect(new InetSocketAddress(server.getHost(), port(server)), millis);
            socket.setSoTimeout(millis);
            OutputStream out = socket.getOutputStream();
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(),
                    StandardCharsets.UTF_8));
            String userInfo = server.getRawUserInfo();
            if (userInfo != null && !userInfo.isEmpty()) {
                int colon = userInfo.indexOf(':');
                String user = colon < 0 ? "" : decode(userInfo.substring(0, colon));
                String password = decode(colon < 0 ? userInfo : userInfo.substring(colon + 1));
                out.write(user.isEmpty() ? command("AUTH", password) : command("AUTH", user, password));
                String reply = in.readLine();
                if (reply == null || !reply.startsWith("+OK")) {
                    return "refused the credentials in quarkus.redis.hosts";
                }
            }
            out.write(command("PING"));
            out.flush();
            String reply = in.readLine();
            if (reply == null) {
                return "closed the connection without answering PING";
            }
            if (!reply.startsWith("+PONG")) {
                return "answered PING with '" + reply + "'";
            }
            return null;
        } catch (IOException e) {
            return "cannot be reached (" + e + ")";
        }
    }

    private static int port(URI server) {
        return server.getPort() > 0 ? server.getPort() : 6379;
    }

    private static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }

    private static byte[] command(String... words) {
        StringBuilder resp = new StringBuilder("*").append(words.length).append("\r\n");
        for (String word : words) {
            resp.append('$').append(word.getBytes(StandardCharsets.UTF_8).length).append("\r\n").append(word)
                    .append("\r\n");
        }
        return resp.toString().getBytes(StandardCharsets.UTF_8);
    }
}
