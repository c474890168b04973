package io.videogen.infrastructure.storage;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.logging.Level;
import org.jboss.logmanager.LogContext;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;
import software.amazon.awssdk.services.s3.S3Configuration;

/**
 * What one request of the media store costs against the tests' S3 server: puts and gets of an
 * object of a segment's size through {@link S3MediaStore}, timed one after another, without JMH.
 * {@code java -cp <infrastructure test classpath> io.videogen.infrastructure.storage.S3RequestCost
 * <endpoint> [rounds] [kilobytes]}, the endpoint that of an {@link S3TestServer} started in a JVM of
 * its own (its {@code main}, as {@code bench/fanout.sh} starts it), whose bucket and test keys it uses.
 * Prints the median and the 90th percentile of each, the CPU time of a round here and in the server
 * ({@code -Dserver.pid=<its pid>}), the headers of a put and a get, and a render's look for 24
 * segments one by one against {@link S3MediaStore#copyEachTo}. {@code -Dvariant=} changes the client
 * as {@link S3Clients} builds it, for comparison: {@code unchunked} (a put's payload hashed whole
 * instead of sent as signed aws-chunked chunks),
 * {@code apache5} (the Apache HttpClient 5 transport; its jars added to the class path by hand).
 * {@code -Dnarration=true} measures only an 11 MiB file's put, as the store puts a file and in parts.
 */
public final class S3RequestCost {

    private S3RequestCost() {
    }

    public static void main(String[] args) throws Exception {
        // as in the service: the SDK's debug messages not formatted (outside Quarkus nothing sets a level)
        LogContext.getSystemLogContext().getLogger("").setLevel(Level.INFO);
        URI endpoint = URI.create(args[0]);
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        int kilobytes = args.length > 2 ? Integer.parseInt(args[2]) : 200;
        Path file = Files.createTempFile("s3-cost-", ".mp4");
        Path copy = Files.createTempFile("s3-cost-", ".copy");
        byte[] bytes = new byte[kilobytes * 1024];
        new Random(7).nextBytes(bytes);
        Files.write(file, bytes);
        StorageConfig.S3 config = S3MediaStoreTest.settings(endpoint, S3TestServer.BUCKET, S3TestServer.SECRET_KEY, 8 << 20);
        String variant = System.getProperty("variant", "as-built");
        try (S3MediaStore store = new S3MediaStore(variant(variant, config).build(), S3TestServer.BUCKET, 8 << 20, 8)) {
            System.out.println("variant " + variant);
            printHeaders(variant, config);
            if (Boolean.getBoolean("narration")) {
                narration(store);
                return;
            }
            for (int pass = 0; pass < 2; pass++) { // the first pass warms the JIT
                long[] puts = new long[rounds];
                long[] gets = new long[rounds];
                long[] misses = new long[rounds];
                long cpu = processCpu();
                long serverCpu = serverCpu();
                for (int i = 0; i < rounds; i++) {
                    String key = "artefacts/segments/cost-" + pass + "-" + i + ".mp4";
                    long started = System.nanoTime();
                    store.put(key, file);
                    puts[i] = System.nanoTime() - started;
                    started = System.nanoTime();
                    store.copyTo(key, copy);
                    gets[i] = System.nanoTime() - started;
                    started = System.nanoTime();
                    try {
                        store.copyTo(key + ".none", copy);
                    } catch (NoSuchFileException expected) {
                        misses[i] = System.nanoTime() - started;
                    }
                }
                if (!Arrays.equals(bytes, Files.readAllBytes(copy))) {
                    throw new IllegalStateException("the copy differs from what was put");
                }
                System.out.printf("pass %d, %d rounds of %d KB: put %s, get %s, missing get %s; CPU per round"
                                + " (a put, a get, a missing get) %.2f ms here, %.2f ms in the server%n", pass, rounds,
                        kilobytes, summary(puts), summary(gets), summary(misses), (processCpu() - cpu) / 1e6 / rounds,
                        (serverCpu() - serverCpu) / 1e6 / rounds);
            }
            batches(store, file, 24);
            store.deleteAll("artefacts/segments");
        } finally {
            Files.deleteIfExists(file);
            Files.deleteIfExists(copy);
        }
    }

    /**
     * A render's look for its segments: {@code count} keys, half of them stored, copied one after
     * another and then with {@link S3MediaStore#copyEachTo} (side by side), five times each, interleaved.
     */
    private static void batches(S3MediaStore store, Path file, int count) throws Exception {
        Map<String, Path> targets = new LinkedHashMap<>();
        Path dir = Files.createTempDirectory("s3-cost-batch-");
        for (int i = 0; i < count; i++) {
            String key = "artefacts/segments/batch-" + i + ".mp4";
            if (i % 2 == 0) {
                store.put(key, file);
            }
            targets.put(key, dir.resolve("batch-" + i + ".mp4"));
        }
        long[] oneByOne = new long[5];
        long[] sideBySide = new long[5];
        for (int round = 0; round < 5; round++) {
            long started = System.nanoTime();
            for (var target : targets.entrySet()) {
                try {
                    store.copyTo(target.getKey(), target.getValue());
                } catch (NoSuchFileException notStored) {
                    // half of them
                }
            }
            oneByOne[round] = System.nanoTime() - started;
            started = System.nanoTime();
            if (store.copyEachTo(targets).size() != (count + 1) / 2) {
                throw new IllegalStateException("the batch copied the wrong keys");
            }
            sideBySide[round] = System.nanoTime() - started;
        }
        System.out.printf("%d keys, half stored: one after another %s, side by side %s%n", count,
                summary(oneByOne), summary(sideBySide));
        try (var files = Files.list(dir)) {
            for (Path copy : files.toList()) {
                Files.delete(copy);
            }
        }
        Files.delete(dir);
    }

    /**
     * An 11 MiB file (the narration a fan-out puts for its soundtrack task) put as the store puts a file,
     * against the same bytes put as a stream, which goes in parts of 8 MiB (four requests), twelve times each.
     */
    private static void narration(S3MediaStore store) throws Exception {
        Path big = Files.createTempFile("s3-cost-", ".wav");
        byte[] mebibyte = new byte[1 << 20];
        new Random(3).nextBytes(mebibyte);
        for (int i = 0; i < 11; i++) {
            Files.write(big, mebibyte, StandardOpenOption.APPEND);
        }
        long[] asFile = new long[12];
        long[] inParts = new long[12];
        for (int round = 0; round < 12; round++) {
            long started = System.nanoTime();
            store.put("artefacts/narrations/file.wav", big);
            asFile[round] = System.nanoTime() - started;
            started = System.nanoTime();
            try (InputStream in = Files.newInputStream(big)) {
                store.put("artefacts/narrations/parts.wav", in);
            }
            inParts[round] = System.nanoTime() - started;
        }
        System.out.printf("11 MiB: the file put %s, in parts %s%n", summary(asFile), summary(inParts));
        store.deleteAll("artefacts/narrations");
        Files.delete(big);
    }

    private static long processCpu() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    /** The server's CPU time in nanoseconds, from {@code /proc} when {@code -Dserver.pid} names it; else 0. */
    private static long serverCpu() throws IOException {
        String pid = System.getProperty("server.pid");
        if (pid == null) {
            return 0;
        }
        String stat = Files.readString(Path.of("/proc", pid, "stat"));
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        // utime and stime, fields 14 and 15 of stat, in clock ticks of 10 ms
        return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * 10_000_000L;
    }

    private static String summary(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return String.format("median %.2f ms p90 %.2f ms", sorted[sorted.length / 2] / 1e6,
                sorted[sorted.length * 9 / 10] / 1e6);
    }

    /** The headers the client sends on a put and a get, read by an interceptor of a client built the same way. */
    private static S3ClientBuilder variant(String variant, StorageConfig.S3 config) throws Exception {
        S3ClientBuilder builder = S3Clients.builder(config);
        if (variant.contains("apache5")) {
            // not a dependency of the service: its jars (apache5-client, httpclient5, httpcore5) go on the class path by hand
            builder.httpClient((SdkHttpClient) Class.forName(
                    "software.amazon.awssdk.http.apache5.Apache5HttpClient").getMethod("create").invoke(null));
        }
        if (variant.contains("unchunked")) {
            builder.serviceConfiguration(S3Configuration.builder()
                    .chunkedEncodingEnabled(false).build());
        }
        return builder;
    }

    private static void printHeaders(String variant, StorageConfig.S3 config) throws Exception {
        ExecutionInterceptor show = new ExecutionInterceptor() {
            @Override
            public void beforeTransmission(Context.BeforeTransmission context, ExecutionAttributes attributes) {
                System.out.println(context.httpRequest().method() + " " + context.httpRequest().headers());
            }
        };
        var builder = variant(variant, config);
        builder.overrideConfiguration(builder.overrideConfiguration().toBuilder().addExecutionInterceptor(show).build());
        try (S3Client s3 = builder.build()) {
            s3.putObject(p -> p.bucket(S3TestServer.BUCKET).key("cost-headers"), RequestBody.fromBytes(new byte[1000]));
            s3.getObjectAsBytes(g -> g.bucket(S3TestServer.BUCKET).key("cost-headers"));
            s3.deleteObject(d -> d.bucket(S3TestServer.BUCKET).key("cost-headers"));
        }
    }
}
