package io.videogen.bootstrap.schema;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.CRC32;

/**
 * The versioned migrations this build carries ({@code db/migration/V<version>__<name>.sql}), each
 * with the checksum Flyway records for it: a CRC32 over the file's lines without their line breaks
 * (and without a byte-order mark), UTF-8. Found beside the first migration, which never changes,
 * in its jar or directory.
 */
final class SchemaMigrations {

    static final String FIRST = "db/migration/V1__videos_templates_avatars_assets_users_render_jobs.sql";
    private static final Pattern NAME = Pattern.compile("V([0-9]+(?:[._][0-9]+)*)__.+\\.sql");

    private SchemaMigrations() {
    }

    /** Version ("15.1") to checksum; empty when the migrations cannot be listed here. */
    static Optional<Map<String, Integer>> ofThisBuild(ClassLoader loader) {
        URL first = loader.getResource(FIRST);
        if (first == null) {
            return Optional.empty();
        }
        Map<String, Integer> found = new TreeMap<>();
        try {
            if ("jar".equals(first.getProtocol())) {
                JarURLConnection connection = (JarURLConnection) first.openConnection();
                connection.setUseCaches(false);
                try (JarFile jar = connection.getJarFile()) {
                    String folder = connection.getEntryName().substring(0, connection.getEntryName().lastIndexOf('/') + 1);
                    var entries = jar.entries();
                    while (entries.hasMoreElements()) {
                        var entry = entries.nextElement();
                        String name = entry.getName();
                        if (name.startsWith(folder) && name.indexOf('/', folder.length()) < 0) {
                            try (InputStream in = jar.getInputStream(entry)) {
                                add(found, name.substring(folder.length()), in);
                            }
                        }
                    }
                }
            } else if ("file".equals(first.getProtocol())) {
                try (Stream<Path> files = Files.list(Path.of(first.toURI()).getParent())) {
                    for (Path file : files.toList()) {
                        try (InputStream in = Files.newInputStream(file)) {
                            add(found, file.getFileName().toString(), in);
                        }
                    }
                }
            } else {
                return Optional.empty();
            }
        } catch (IOException | URISyntaxException | ClassCastException e) {
            return Optional.empty();
        }
        return Optional.of(found);
    }

    private static void add(Map<String, Integer> found, String fileName, InputStream in) throws IOException {
        Matcher name = NAME.matcher(fileName);
        if (name.matches()) {
            found.put(name.group(1).replace('_', '.'), checksum(in));
        } else if (fileName.endsWith(".sql")) {
            // a repeatable or callback script: whether it must run again is Flyway's to say
            throw new IOException("not a versioned migration: " + fileName);
        }
    }

    /** Flyway's checksum of a migration. */
    static int checksum(InputStream in) throws IOException {
        CRC32 crc = new CRC32();
        BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 4096);
        String line = lines.readLine();
        if (line != null && line.startsWith("\uFEFF")) {
            line = line.substring(1);
        }
        for (; line != null; line = lines.readLine()) {
            crc.update(line.getBytes(StandardCharsets.UTF_8));
        }
        return (int) crc.getValue();
    }
}
