package io.videogen.infrastructure.speech;

/**
 * MaryTTS adds a shutdown hook as it starts, which shuts it down when the JVM exits and throws "MARY
 * system is not running" if it is still starting then: a render refused before its voice stage (a bad
 * spec, with the engine started beside the spec's checks) printed that exception's stack trace after
 * our own message. This handler, installed once before MaryTTS starts, drops exactly that exception of
 * exactly that hook's thread (nothing is left to shut down in a process that is ending) and passes
 * every other uncaught exception to the handler that was there before, or prints it as Java does.
 */
final class MaryExitHook implements Thread.UncaughtExceptionHandler {

    /** The class of the hook MaryTTS 5.2's {@code Mary.startup} adds ({@code MaryExitHookTest} pins it). */
    static final String HOOK_CLASS = "marytts.server.Mary$2";

    private static boolean installed;
    private final Thread.UncaughtExceptionHandler previous;

    MaryExitHook(Thread.UncaughtExceptionHandler previous) {
        this.previous = previous;
    }

    /** Installs the handler as the default, in front of the one there was (once per process). */
    static synchronized void install() {
        if (!installed) {
            Thread.setDefaultUncaughtExceptionHandler(new MaryExitHook(Thread.getDefaultUncaughtExceptionHandler()));
            installed = true;
        }
    }

    @Override
    public void uncaughtException(Thread thread, Throwable failure) {
        if (thread.getClass().getName().equals(HOOK_CLASS) && failure instanceof IllegalStateException) {
            return;
        }
        if (previous != null) {
            previous.uncaughtException(thread, failure);
        } else {
            System.err.print("Exception in thread \"" + thread.getName() + "\" ");
            failure.printStackTrace(System.err);
        }
    }
}
