package io.videogen.infrastructure.storage;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.gaul.s3proxy.AuthenticationType;
import org.gaul.s3proxy.S3Proxy;
import org.jboss.logmanager.LogContext;
import org.jclouds.ContextBuilder;
import org.jclouds.blobstore.BlobStore;
import org.jclouds.blobstore.BlobStoreContext;
import org.jclouds.blobstore.domain.StorageMetadata;
import org.jclouds.blobstore.options.ListContainerOptions;
import org.jclouds.filesystem.FilesystemApiMetadata;

/**
 * A real S3 protocol server in this JVM: s3proxy on jclouds' filesystem blob store in a temporary
 * directory, on a free port of 127.0.0.1, with AWS signature V4 checked against fixed test keys and
 * one bucket made. Its keys are listed from the server's side, not through the store under test.
 */
public final class S3TestServer implements AutoCloseable {

    public static final String BUCKET = "videogen-media";
    public static final String ACCESS_KEY = "test-access-key";
    public static final String SECRET_KEY = "test-secret-key-never-logged-3c9f";

    private final Path directory;
    private final BlobStoreContext context;
    private final S3Proxy proxy;

    private S3TestServer(Path directory, BlobStoreContext context, S3Proxy proxy) {
        this.directory = directory;
        this.context = context;
        this.proxy = proxy;
    }

    public static S3TestServer start() throws Exception {
        Path directory = Files.createTempDirectory("s3proxy-");
        Properties properties = new Properties();
        properties.setProperty("jclouds.filesystem.basedir", directory.toString());
        BlobStoreContext context = ContextBuilder.newBuilder(new FilesystemApiMetadata()).credentials("unused", "unused")
                .overrides(properties).build(BlobStoreContext.class);
        context.getBlobStore().createContainerInLocation(null, BUCKET);
        S3Proxy proxy = S3Proxy.builder().blobStore(context.getBlobStore())
                .endpoint(URI.create("http://127.0.0.1:0"))
                .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, ACCESS_KEY, SECRET_KEY)
                // s3proxy 2.6 knows no x-amz-checksum-crc32, which the SDK sends on a multi-delete
                .ignoreUnknownHeaders(true)
                .build();
        proxy.start();
        return new S3TestServer(directory, context, proxy);
    }

    /**
     * The same server for {@code bench/fanout.sh --store s3}: prints the service's settings as
     * environment variables ({@code VIDEOGEN_STORAGE_...=...}, one a line, then {@code ready}) and
     * serves until the process is stopped, removing its directory on the way out.
     */
    public static void main(String[] args) throws Exception {
        // Outside Quarkus nothing sets a level on the logging behind slf4j, so every debug message of
        // s3proxy and jclouds was formatted (and dropped): a put cost four times its time
        LogContext.getSystemLogContext().getLogger("").setLevel(java.util.logging.Level.INFO);
        S3TestServer server = start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                server.close();
            } catch (Exception ignored) {
                // stopping anyway
            }
        }));
        server.settings().forEach((key, value) -> System.out.println(
                key.toUpperCase(java.util.Locale.ROOT).replace('.', '_').replace('-', '_') + "=" + value));
        System.out.println("ready");
        System.out.flush();
        Thread.currentThread().join();
    }

    /** Makes another empty bucket, so a test starts with nothing in it. */
    public String bucket(String name) {
        context.getBlobStore().createContainerInLocation(null, name);
        return name;
    }

    public URI endpoint() {
        return URI.create("http://127.0.0.1:" + proxy.getPort());
    }

    /** {@code videogen.*} settings that point the service's media store at this server. */
    public Map<String, String> settings() {
        return Map.of("videogen.storage.type", "s3",
                "videogen.storage.s3.endpoint", endpoint().toString(),
                "videogen.storage.s3.bucket", BUCKET,
                "videogen.storage.s3.region", "us-east-1",
                "videogen.storage.s3.path-style", "true",
                "videogen.storage.s3.access-key-id", ACCESS_KEY,
                "videogen.storage.s3.secret-access-key", SECRET_KEY);
    }

    /** Every key in the bucket under the prefix, as the server holds them. */
    public List<String> keys(String prefix) {
        return keys(BUCKET, prefix);
    }

    public List<String> keys(String bucket, String prefix) {
        BlobStore store = context.getBlobStore();
        List<String> keys = new ArrayList<>();
        String marker = null;
        do {
            ListContainerOptions options = ListContainerOptions.Builder.recursive().prefix(prefix);
            if (marker != null) {
                options.afterMarker(marker);
            }
            var page = store.list(bucket, options);
            for (StorageMetadata entry : page) {
                if (entry.getType() == org.jclouds.blobstore.domain.StorageType.BLOB) {
                    keys.add(entry.getName());
                }
            }
            marker = page.getNextMarker();
        } while (marker != null);
        return keys;
    }

    @Override
    public void close() throws Exception {
        proxy.stop();
        context.close();
        try (var files = Files.walk(directory)) {
            for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        } catch (IOException ignored) {
            // a temporary directory; the OS clears it
        }
    }
}
