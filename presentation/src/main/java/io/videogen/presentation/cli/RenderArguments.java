package io.videogen.presentation.cli;

import io.videogen.domain.asset.AssetId;
import io.videogen.domain.shared.DomainException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The command line of {@code videogen render} (the arguments after {@code render}), as
 * {@link RenderCommand} runs it; the launcher's main reads it too, to start work early.
 */
public record RenderArguments(Path spec, Path output, Path workspace, Map<AssetId, Path> assets, boolean quiet,
                              boolean help) {

    /** What {@code videogen render --help} prints, and a wrong command line with its message. */
    static final String USAGE_TEXT = String.join("\n",
            "usage: videogen render <spec.json> -o <out.mp4> [options]",
            "",
            "Renders the create-video JSON of the REST API (POST /api/v1/videos) to an MP4, offline.",
            "Writes <out>.mp4, and beside it <out>.jpg (thumbnail), <out>.srt and <out>.vtt (captions).",
            "",
            "options:",
            "  -o, --output FILE      the MP4 to write (required)",
            "  --workspace DIR        keep the render's working files (speech, stills, scene segments) in DIR;",
            "                         rendering an edited spec again with the same DIR redoes only the scenes",
            "                         that changed. Default: a temporary directory, removed afterwards",
            "  --asset ID=FILE        a local image or audio file for an assetId the spec uses (repeatable)",
            "  -q, --quiet            print nothing but errors",
            "  --daemon, --no-daemon  (the launcher's) render in the warm render daemon, or in a process of",
            "                         its own; default: VIDEOGEN_DAEMON=on|off, else off (./videogen daemon stop)",
            "  -h, --help             this text",
            "",
            "exit codes: 0 done, 1 render failed, 2 bad spec or asset, 64 wrong command line");

    /** The command line was not understood; the message says how. */
    public static final class UsageException extends Exception {
        UsageException(String message) {
            super(message);
        }
    }

    public static RenderArguments parse(List<String> args) throws UsageException {
        Path spec = null;
        Path output = null;
        Path workspace = null;
        Map<AssetId, Path> assets = new LinkedHashMap<>();
        boolean quiet = false;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            switch (arg) {
                case "-h", "--help" -> {
                    return new RenderArguments(null, null, null, Map.of(), false, true);
                }
                case "-q", "--quiet" -> quiet = true;
                case "-o", "--output" -> output = Path.of(value(args, ++i, arg));
                case "--workspace" -> workspace = Path.of(value(args, ++i, arg));
                case "--asset" -> {
                    String pair = value(args, ++i, arg);
                    int equals = pair.indexOf('=');
                    if (equals <= 0 || equals == pair.length() - 1) {
                        throw new UsageException("--asset wants ID=FILE, got '" + pair + "'");
                    }
                    try {
                        assets.put(AssetId.parse(pair.substring(0, equals)), Path.of(pair.substring(equals + 1)));
                    } catch (DomainException | IllegalArgumentException e) {
                        throw new UsageException("--asset: '" + pair.substring(0, equals) + "' is not an asset id (a UUID)");
                    }
                }
                default -> {
                    if (arg.startsWith("-") && arg.length() > 1) {
                        throw new UsageException("unknown option " + arg);
                    }
                    if (spec != null) {
                        throw new UsageException("one spec file at a time; got " + spec + " and " + arg);
                    }
                    spec = Path.of(arg);
                }
            }
        }
        if (spec == null) {
            throw new UsageException("no spec file given");
        }
        if (output == null) {
            throw new UsageException("no output file given (-o out.mp4)");
        }
        return new RenderArguments(spec, output, workspace, Map.copyOf(assets), quiet, false);
    }

    /**
     * These arguments with every relative path in them (the spec, {@code -o}, {@code --workspace},
     * {@code --asset}'s files) made absolute against {@code directory}: a render daemon serves clients
     * from any working directory. Anything else, wrong command lines included, is left as it is, for
     * {@link #parse} to judge.
     */
    public static List<String> resolvedAgainst(Path directory, List<String> args) {
        List<String> resolved = new ArrayList<>(args.size());
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            boolean pathFollows = switch (arg) {
                case "-o", "--output", "--workspace" -> true;
                default -> false;
            };
            if (pathFollows && i + 1 < args.size() && !args.get(i + 1).isEmpty()) {
                resolved.add(arg);
                resolved.add(directory.resolve(args.get(++i)).toString());
            } else if (arg.equals("--asset") && i + 1 < args.size()) {
                String pair = args.get(++i);
                int equals = pair.indexOf('=');
                resolved.add(arg);
                resolved.add(equals <= 0 || equals == pair.length() - 1 ? pair
                        : pair.substring(0, equals + 1) + directory.resolve(pair.substring(equals + 1)));
            } else if (arg.startsWith("-") && arg.length() > 1 || arg.isEmpty()) {
                resolved.add(arg);
            } else {
                resolved.add(directory.resolve(arg).toString());
            }
        }
        return resolved;
    }

    private static String value(List<String> args, int index, String option) throws UsageException {
        if (index >= args.size() || args.get(index).isEmpty()) {
            throw new UsageException(option + " needs a value");
        }
        return args.get(index);
    }
}
