package io.videogen.infrastructure.redis;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.redis.client.RedisAPI;
import io.vertx.mutiny.redis.client.Response;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * A Lua script Redis runs atomically: no other command runs between its reads and writes, on any
 * instance. Sent by its SHA-1 (EVALSHA); a server that does not know it yet (new, restarted or
 * flushed) answers NOSCRIPT and gets the script itself once (EVAL), which caches it again.
 */
final class LuaScript {

    private final String source;
    private final String sha1;

    LuaScript(String source) {
        this.source = source;
        this.sha1 = sha1(source);
    }

    Uni<Response> run(RedisAPI redis, List<String> keys, List<String> arguments) {
        return redis.evalsha(command(sha1, keys, arguments))
                .onFailure(LuaScript::isNoScript)
                .recoverWithUni(() -> redis.eval(command(source, keys, arguments)));
    }

    private static List<String> command(String script, List<String> keys, List<String> arguments) {
        List<String> command = new ArrayList<>(2 + keys.size() + arguments.size());
        command.add(script);
        command.add(Integer.toString(keys.size()));
        command.addAll(keys);
        command.addAll(arguments);
        return command;
    }

    private static boolean isNoScript(Throwable failure) {
        return failure.getMessage() != null && failure.getMessage().startsWith("NOSCRIPT");
    }

    private static String sha1(String text) {
        try {
            // SHA-1 only because EVALSHA names scripts by it; nothing here relies on it for security
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-1", e);
        }
    }
}
