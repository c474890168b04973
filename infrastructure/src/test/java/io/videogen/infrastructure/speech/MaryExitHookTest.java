package io.videogen.infrastructure.speech;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Constructor;
import java.util.ArrayList;
import java.util.List;
import marytts.server.Mary;
import org.junit.jupiter.api.Test;

class MaryExitHookTest {

    private final List<String> passedOn = new ArrayList<>();
    private final MaryExitHook handler = new MaryExitHook((thread, failure) -> passedOn.add(thread.getName() + ": " + failure.getMessage()));

    /** The hook MaryTTS adds at its start is this class: a MaryTTS whose hook is another class fails here. */
    private static Thread marysHook() throws Exception {
        Class<?> hook = Class.forName(MaryExitHook.HOOK_CLASS);
        assertThat(hook.getEnclosingClass()).isEqualTo(Mary.class);
        assertThat(Thread.class).isAssignableFrom(hook);
        Constructor<?> make = hook.getDeclaredConstructor();
        make.setAccessible(true);
        return (Thread) make.newInstance();
    }

    @Test
    void dropsMarysNotRunningFromItsOwnShutdownHook() throws Exception {
        Thread hook = marysHook();

        handler.uncaughtException(hook, new IllegalStateException("MARY system is not running"));

        assertThat(passedOn).isEmpty();
    }

    @Test
    void passesOnEveryOtherFailure() throws Exception {
        Thread other = new Thread(() -> { }, "videogen-other");

        handler.uncaughtException(other, new IllegalStateException("MARY system is not running"));
        handler.uncaughtException(marysHook(), new IllegalArgumentException("something else"));

        assertThat(passedOn).hasSize(2).first().asString().startsWith("videogen-other: ");
        assertThat(passedOn.get(1)).endsWith(": something else");
    }
}
