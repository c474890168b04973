package io.videogen.bootstrap;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;
import io.videogen.bootstrap.cli.OfflineRendering;
import io.videogen.bootstrap.daemon.RenderDaemon;
import io.videogen.bootstrap.keys.SigningKeysCommand;
import io.videogen.presentation.cli.RenderCommand;
import java.util.Arrays;
import java.util.List;

/**
 * The entry point: {@code serve} (or nothing) starts the service; {@code render} renders a spec
 * file offline and exits; {@code keys} makes token signing keys in a directory and exits;
 * {@code daemon run} is the render daemon (ADR 0036). None of the last three starts Quarkus, so nothing
 * reads the datasource configuration and the embedded PostgreSQL (which starts on the first such read)
 * stays down.
 */
@QuarkusMain
public final class Main {

    static final String USAGE = String.join("\n",
            "usage: videogen [serve] [quarkus options]     start the service",
            "       videogen render <spec.json> -o <out.mp4> [options]   render a spec offline (render --help)",
            "       videogen keys <directory> [--rotate]         make (or rotate) the token signing keys there",
            "       videogen daemon run                          the render daemon (ADR 0036; the launcher starts it)");

    private Main() {
    }

    public static void main(String... args) {
        String command = args.length == 0 ? "serve" : args[0];
        List<String> rest = args.length == 0 ? List.of() : Arrays.asList(args).subList(1, args.length);
        switch (command) {
            case "serve" -> Quarkus.run(rest.toArray(String[]::new));
            case "render" -> System.exit(render(rest));
            case "keys" -> System.exit(SigningKeysCommand.run(rest, System.out, System.err));
            case "daemon" -> System.exit(daemon(rest));
            case "-h", "--help", "help" -> System.out.println(USAGE);
            default -> {
                System.err.println("videogen: unknown command '" + command + "'");
                System.err.println(USAGE);
                System.exit(RenderCommand.USAGE);
            }
        }
    }

    private static int daemon(List<String> args) {
        if (!args.equals(List.of("run"))) {
            System.err.println("videogen daemon: the launcher's ./videogen daemon status|stop ask the daemon; "
                    + "'daemon run' runs it");
            return RenderCommand.USAGE;
        }
        System.setProperty("java.awt.headless", "true");
        return RenderDaemon.run(System.getProperty("videogen.daemon.build", ""), System.getenv("VIDEOGEN_DAEMON_IDLE"));
    }

    static int render(List<String> args) {
        System.setProperty("java.awt.headless", "true");
        boolean terminal = Boolean.getBoolean("videogen.cli.terminal") || System.console() != null;
        return new OfflineRendering().warmUp().run(args, System.out, System.err, terminal);
    }
}
