package io.videogen.infrastructure.redis;

import io.smallrye.mutiny.Uni;
import io.videogen.application.port.out.TokenBuckets;
import io.vertx.mutiny.redis.client.RedisAPI;
import io.vertx.mutiny.redis.client.Response;
import java.time.Duration;
import java.util.List;

/**
 * Token buckets in Redis, one hash per key, refilled and taken from in one Lua script so that every
 * instance of the service sharing the Redis sees one bucket. Time is the Redis server's, not the
 * instance's, so instances with skewed clocks still agree. A bucket nobody touches expires once it
 * would be full again.
 */
public final class RedisTokenBuckets implements TokenBuckets {

    static final String PREFIX = "videogen:";

    /** KEYS[1] the bucket; ARGV[1] capacity, ARGV[2] tokens regained a minute. Returns {allowed, left, waitMs}. */
    private static final LuaScript TAKE = new LuaScript("""
            redis.replicate_commands()
            local time = redis.call('TIME')
            local now = tonumber(time[1]) * 1000 + math.floor(tonumber(time[2]) / 1000)
            local capacity = tonumber(ARGV[1])
            local perMs = tonumber(ARGV[2]) / 60000
            local state = redis.call('HMGET', KEYS[1], 'tokens', 'at')
            local tokens = tonumber(state[1])
            local at = tonumber(state[2])
            if tokens == nil or at == nil then
              tokens = capacity
              at = now
            end
            if now > at then
              tokens = math.min(capacity, tokens + (now - at) * perMs)
              at = now
            end
            local allowed = 0
            local wait = 0
            if tokens >= 1 then
              tokens = tokens - 1
              allowed = 1
            else
              wait = math.ceil((1 - tokens) / perMs)
            end
            redis.call('HSET', KEYS[1], 'tokens', tostring(tokens), 'at', tostring(at))
            redis.call('PEXPIRE', KEYS[1], math.ceil(capacity / perMs) + 1000)
            return {allowed, math.floor(tokens), wait}
            """);

    private final RedisAPI redis;

    public RedisTokenBuckets(RedisAPI redis) {
        this.redis = redis;
    }

    @Override
    public Uni<Decision> take(String key, Limit limit) {
        return TAKE.run(redis, List.of(PREFIX + "{" + key + "}"),
                        List.of(Integer.toString(limit.capacity()), Integer.toString(limit.perMinute())))
                .ifNoItem().after(FailOpen.TIMEOUT).fail()
                .map(RedisTokenBuckets::decision)
                .onFailure().recoverWithItem(failure -> {
                    FailOpen.warn("taking a rate-limit token", failure);
                    return FailOpen.isOverload(failure) ? Decision.refused(FailOpen.OVERLOAD_RETRY)
                            : Decision.granted(limit.capacity());
                });
    }

    private static Decision decision(Response reply) {
        boolean allowed = reply.get(0).toLong() == 1;
        return allowed ? Decision.granted(reply.get(1).toLong())
                : Decision.refused(Duration.ofMillis(Math.max(1, reply.get(2).toLong())));
    }
}
