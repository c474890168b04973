package io.videogen.infrastructure.storage;

import io.videogen.application.port.out.MediaStore;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import software.amazon.awssdk.core.ResponseInputStream;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.ObjectIdentifier;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * Media in an S3-compatible bucket (docs/adr/0023), the store of several worker processes that share
 * no disk. Keys are the media keys as they are. Nothing is held whole in memory: uploads stream in
 * parts ({@link S3Uploads}), reads stream the object's bytes from an offset, and a copy to local disk
 * lands under a temporary name and is renamed into place. S3 replaces an object atomically, so two
 * workers writing the same content-addressed key both succeed and a reader sees one whole copy.
 */
public final class S3MediaStore implements MediaStore, AgedMedia, AutoCloseable {

    private static final int DELETE_BATCH = 1000;

    private final S3Client s3;
    private final String bucket;
    private final S3Uploads uploads;
    private final S3Copies copies;

    S3MediaStore(S3Client s3, String bucket, int partSize, int requestsAtOnce) {
        this.s3 = s3;
        this.bucket = bucket;
        this.uploads = new S3Uploads(s3, bucket, partSize);
        this.copies = new S3Copies(requestsAtOnce);
    }

    /** @throws IllegalArgumentException naming the setting to change when the configuration cannot work */
    public static S3MediaStore of(StorageConfig.S3 config) {
        String bucket = config.bucket().filter(name -> !name.isBlank()).orElseThrow(() -> new IllegalArgumentException(
                "videogen.storage.s3.bucket is required when videogen.storage.type=s3"));
        long partSize = config.partSize().asLongValue();
        if (partSize < 5L * 1024 * 1024 || partSize > 512L * 1024 * 1024) {
            throw new IllegalArgumentException("videogen.storage.s3.part-size must lie between 5M (S3's smallest "
                    + "part) and 512M (one part is held in memory per upload); it is " + partSize + " bytes");
        }
        return new S3MediaStore(S3Clients.of(config), bucket, (int) partSize, config.requestsAtOnce());
    }

    public String bucket() {
        return bucket;
    }

    /** The bucket answers and takes an object: empty when healthy, else what is wrong and what to change. */
    public Optional<String> problem() {
        try {
            s3.headBucket(head -> head.bucket(bucket));
        } catch (S3Exception e) {
            return Optional.of(e.statusCode() == 404
                    ? "bucket " + bucket + " does not exist; create it or set videogen.storage.s3.bucket"
                    : "bucket " + bucket + " answers " + e.statusCode() + " (" + e.awsErrorDetails().errorCode()
                            + "); check videogen.storage.s3.access-key-id/secret-access-key and the bucket policy");
        } catch (SdkException e) {
            return Optional.of("cannot reach the S3 endpoint (" + e.getMessage() + "); check "
                    + "videogen.storage.s3.endpoint and the network");
        }
        String probe = "health/probe-" + UUID.randomUUID();
        try {
            s3.putObject(put -> put.bucket(bucket).key(probe), RequestBody.fromString("probe"));
            s3.deleteObject(delete -> delete.bucket(bucket).key(probe));
        } catch (SdkException e) {
            return Optional.of("cannot write to bucket " + bucket + " (" + e.getMessage() + "); the credentials need "
                    + "s3:PutObject and s3:DeleteObject");
        }
        return Optional.empty();
    }

    /**
     * A file up to this size (or under the part size, if that is larger) goes in one PutObject straight
     * from disk: one request and no part buffer, where parts would take four for the 11 MiB narration of
     * a fan-out (ADR 0023). A failed one is sent again whole, so larger files still go in parts.
     */
    static final long ONE_PUT_LIMIT = 64L * 1024 * 1024;

    @Override
    public void put(String key, Path source) throws IOException {
        MediaKeys.checked(key);
        long size = Files.size(source);
        if (size <= ONE_PUT_LIMIT || size < uploads.partSize()) {
            call(key, () -> s3.putObject(put -> put.bucket(bucket).key(key).contentLength(size)
                    .contentType("application/octet-stream"), RequestBody.fromFile(source)));
            return;
        }
        try (InputStream in = Files.newInputStream(source)) {
            put(key, in);
        }
    }

    @Override
    public void put(String key, InputStream content) throws IOException {
        MediaKeys.checked(key);
        try {
            uploads.upload(key, content);
        } catch (SdkException e) {
            throw failure("upload of", key, e);
        }
    }

    @Override
    public Optional<StoredFile> find(String key) throws IOException {
        MediaKeys.checked(key);
        try {
            long size = s3.headObject(head -> head.bucket(bucket).key(key)).contentLength();
            return Optional.of(new StoredFile(key, size));
        } catch (NoSuchKeyException e) {
            return Optional.empty();
        } catch (S3Exception e) {
            if (e.statusCode() == 404) {
                return Optional.empty();
            }
            throw failure("look-up of", key, e);
        } catch (SdkException e) {
            throw failure("look-up of", key, e);
        }
    }

    /** The object's bytes from the offset on, straight off the connection; closing early drops the rest. */
    @Override
    public InputStream open(String key, long offset) throws IOException {
        MediaKeys.checked(key);
        ResponseInputStream<GetObjectResponse> object;
        try {
            object = s3.getObject(get -> get.bucket(bucket).key(key).range(offset > 0 ? "bytes=" + offset + "-" : null));
        } catch (NoSuchKeyException e) {
            throw new NoSuchFileException(key);
        } catch (S3Exception e) {
            if (e.statusCode() == 416) {
                return InputStream.nullInputStream(); // the offset is the end: nothing left to read
            }
            throw failure("read of", key, e);
        } catch (SdkException e) {
            throw failure("read of", key, e);
        }
        return new Abortable(object);
    }

    @Override
    public void copyTo(String key, Path target) throws IOException {
        try (InputStream in = open(key, 0)) {
            LocalMediaStore.replace(in, target.toAbsolutePath());
        }
    }

    /** The copies side by side, {@code videogen.storage.s3.requests-at-once} at most ({@link S3Copies}). */
    @Override
    public Set<String> copyEachTo(Map<String, Path> targets) throws IOException {
        return targets.size() < 2 ? MediaStore.super.copyEachTo(targets) : copies.copyEach(targets, this::copyTo);
    }

    @Override
    public void deleteAll(String prefix) throws IOException {
        MediaKeys.checked(prefix);
        delete(prefix, object -> MediaKeys.under(prefix, object.key()));
    }

    @Override
    public int deleteWrittenBefore(String prefix, Instant cutoff) throws IOException {
        MediaKeys.checked(prefix);
        // a folder marker (a key ending in '/', as some servers list folders) is no artefact
        return delete(prefix, object -> MediaKeys.under(prefix, object.key()) && !object.key().endsWith("/")
                && object.lastModified().isBefore(cutoff));
    }

    /** Multipart uploads begun before the cutoff, left by a process that died mid-upload, aborted. */
    public int abortUploadsBegunBefore(Instant cutoff) throws IOException {
        try {
            return uploads.abortBegunBefore(cutoff);
        } catch (SdkException e) {
            throw new IOException("S3 abort of unfinished uploads in bucket " + bucket + " failed: "
                    + e.getMessage(), e);
        }
    }

    /**
     * Deletes what the listing under the prefix shows and the predicate takes, files first: a folder
     * marker (a key ending in '/') goes after them, deepest first, as a server that keeps folders on a
     * file system (s3proxy's) stalls ~10 s on a folder that still holds files before it gives way.
     */
    private int delete(String prefix, Predicate<S3Object> which) throws IOException {
        try {
            List<ObjectIdentifier> batch = new ArrayList<>();
            List<String> markers = new ArrayList<>();
            int deleted = 0;
            for (S3Object object : s3.listObjectsV2Paginator(list -> list.bucket(bucket).prefix(prefix)).contents()) {
                if (which.test(object) && object.key().endsWith("/")) {
                    markers.add(object.key());
                } else if (which.test(object)) {
                    batch.add(ObjectIdentifier.builder().key(object.key()).build());
                }
                if (batch.size() == DELETE_BATCH) {
                    deleted += deleteBatch(prefix, batch);
                }
            }
            deleted += deleteBatch(prefix, batch);
            markers.sort(Comparator.comparingInt(String::length).reversed());
            for (String marker : markers) {
                batch.add(ObjectIdentifier.builder().key(marker).build());
                if (batch.size() == DELETE_BATCH) {
                    deleted += deleteBatch(prefix, batch);
                }
            }
            return deleted + deleteBatch(prefix, batch);
        } catch (SdkException e) {
            throw failure("deletion under", prefix, e);
        }
    }

    private int deleteBatch(String prefix, List<ObjectIdentifier> batch) throws IOException {
        if (batch.isEmpty()) {
            return 0;
        }
        var response = s3.deleteObjects(delete -> delete.bucket(bucket).delete(d -> d.objects(batch).quiet(true)));
        if (response.hasErrors() && !response.errors().isEmpty()) {
            var first = response.errors().get(0);
            throw new IOException("S3 deletion under " + prefix + " in bucket " + bucket + " failed for "
                    + response.errors().size() + " objects, first " + first.key() + ": " + first.code() + " "
                    + first.message());
        }
        int count = batch.size();
        batch.clear();
        return count;
    }

    private void call(String key, Runnable request) throws IOException {
        try {
            request.run();
        } catch (SdkException e) {
            throw failure("upload of", key, e);
        }
    }

    private IOException failure(String what, String key, SdkException e) {
        return new IOException("S3 " + what + " " + key + " in bucket " + bucket + " failed: " + e.getMessage(), e);
    }

    @Override
    public void close() {
        copies.close();
        s3.close();
    }

    /** Drops the connection when closed before the end, instead of reading the rest of a video to reuse it. */
    private static final class Abortable extends FilterInputStream {
        private final ResponseInputStream<GetObjectResponse> object;
        private boolean ended;

        Abortable(ResponseInputStream<GetObjectResponse> object) {
            super(object);
            this.object = object;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            ended |= b < 0;
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            ended |= n < 0;
            return n;
        }

        @Override
        public void close() throws IOException {
            if (!ended) {
                object.abort();
            }
            super.close();
        }
    }
}
