package io.videogen.presentation.cli;

import io.videogen.domain.asset.AssetId;
import io.videogen.domain.shared.DomainException;
import java.nio.file.Path;
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

    private static String value(List<String> args, int index, String option) throws UsageException {
        if (index >= args.size() || args.get(index).isEmpty()) {
            throw new UsageException(option + " needs a value");
        }
        return args.get(index);
    }
}
