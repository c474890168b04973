package io.videogen.infrastructure.redis;

import io.smallrye.mutiny.Uni;
import io.videogen.application.port.out.SignInAttempts;
import io.vertx.mutiny.redis.client.RedisAPI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Failed sign-ins in Redis: a counter that expires with its window and a lock key that expires
 * with the lockout, so both end by themselves on every instance at once. Counting and locking are
 * one script, so concurrent failures cannot step past the threshold unnoticed.
 */
final class RedisSignInAttempts implements SignInAttempts {

    /** KEYS[1] counter, KEYS[2] lock; ARGV[1] threshold, ARGV[2] window ms, ARGV[3] lockout ms. */
    private static final LuaScript FAIL = new LuaScript("""
            local failures = redis.call('INCR', KEYS[1])
            if failures == 1 then
              redis.call('PEXPIRE', KEYS[1], ARGV[2])
            end
            if failures >= tonumber(ARGV[1]) then
              redis.call('DEL', KEYS[1])
              redis.call('SET', KEYS[2], '1', 'PX', ARGV[3])
              return tonumber(ARGV[3])
            end
            return 0
            """);

    private final RedisAPI redis;

    RedisSignInAttempts(RedisAPI redis) {
        this.redis = redis;
    }

    @Override
    public Uni<Optional<Duration>> lockedFor(String key) {
        return redis.pttl(lockKey(key))
                .ifNoItem().after(FailOpen.TIMEOUT).fail()
                .map(reply -> reply.toLong() > 0 ? Optional.of(Duration.ofMillis(reply.toLong()))
                        : Optional.<Duration>empty())
                .onFailure().recoverWithItem(failure -> {
                    FailOpen.warn("checking a sign-in lockout", failure);
                    return FailOpen.isOverload(failure) ? Optional.of(FailOpen.OVERLOAD_RETRY) : Optional.empty();
                });
    }

    @Override
    public Uni<Optional<Duration>> recordFailure(String key, int threshold, Duration window, Duration lockout) {
        return FAIL.run(redis, List.of(countKey(key), lockKey(key)), List.of(Integer.toString(threshold),
                        Long.toString(window.toMillis()), Long.toString(lockout.toMillis())))
                .ifNoItem().after(FailOpen.TIMEOUT).fail()
                .map(reply -> reply.toLong() > 0 ? Optional.of(lockout) : Optional.<Duration>empty())
                .onFailure().recoverWithItem(failure -> {
                    FailOpen.warn("counting a failed sign-in", failure);
                    return Optional.empty();
                });
    }

    @Override
    public Uni<Void> clear(String key) {
        return redis.del(List.of(countKey(key), lockKey(key))).replaceWithVoid()
                .ifNoItem().after(FailOpen.TIMEOUT).fail()
                .onFailure().recoverWithUni(failure -> {
                    FailOpen.warn("clearing failed sign-ins", failure);
                    return Uni.createFrom().voidItem();
                });
    }

    /** The hash tag keeps both keys of one account in one slot, as a Redis Cluster needs for the script. */
    private static String countKey(String key) {
        return RedisTokenBuckets.PREFIX + "{" + key + "}:failures";
    }

    private static String lockKey(String key) {
        return RedisTokenBuckets.PREFIX + "{" + key + "}:locked";
    }
}
