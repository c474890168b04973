package io.videogen.bootstrap.ai;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The half-written files a render can leave behind: under {@code <data-dir>/work} (the render
 * workspaces: stills, clips, segments) and {@code <data-dir>/media} (the media store, which also
 * holds the provider result cache's bytes), every name the service writes before moving a file into
 * place. A test takes the set before a render and asserts none was added by the end.
 */
public final class LeftoverFiles {

    /** {@code .part}, {@code .partial(.ext)}, {@code .tmp}, a provider's picture or clip still arriving. */
    private static final Pattern TEMPORARY = Pattern.compile(".*\\.(part|partial(\\.[a-z0-9]+)?|tmp|generated|arriving)");

    private final Set<Path> before;

    private LeftoverFiles(Set<Path> before) {
        this.before = before;
    }

    public static LeftoverFiles now() {
        return new LeftoverFiles(temporaryFiles());
    }

    /** No half-written file appeared since {@link #now()}. */
    public void assertNoneAdded() {
        Set<Path> added = new HashSet<>(temporaryFiles());
        added.removeAll(before);
        assertThat(added).as("temporary files left in the workspaces and the media store").isEmpty();
    }

    private static Set<Path> temporaryFiles() {
        for (int attempt = 1; ; attempt++) {
            try {
                return listed();
            } catch (UncheckedIOException | IOException e) {
                // a file was moved into place while the folder was listed: look again
                if (attempt == 3) {
                    throw new IllegalStateException("cannot list the data directory", e);
                }
            }
        }
    }

    private static Set<Path> listed() throws IOException {
        Path data = Path.of(ConfigProvider.getConfig().getOptionalValue("videogen.data-dir", String.class)
                .orElse(".videogen"));
        Set<Path> found = new HashSet<>();
        for (Path root : List.of(data.resolve("work"), data.resolve("media"))) {
            if (!Files.isDirectory(root)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(root)) {
                files.filter(Files::isRegularFile)
                        .filter(file -> TEMPORARY.matcher(file.getFileName().toString()).matches())
                        .forEach(found::add);
            }
        }
        return found;
    }
}
